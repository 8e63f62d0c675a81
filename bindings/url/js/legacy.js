'use strict';
// node's legacy URL API (url.parse, url.format, url.resolve and the Url
// methods), with its lenient parsing: backslashes before the query become
// slashes, unsafe characters are escaped, a bad hostname character ends
// the host and starts the path.

const { Url, domainToASCII } = require('url');
const errors = require('internal/errors');

const hostless = new Set(['javascript', 'javascript:']);
const slashed = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:',
  'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);
const unsafe = new Set(['javascript', 'javascript:']);

const protocolRE = /^[a-z0-9.+-]+:/i;
const portRE = /:[0-9]*$/;
const hostRE = /^\/\/[^@/]+@[^@/]+/;
const simplePathRE = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
const forbiddenHost = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const forbiddenHostV6 = /[\0\t\n\r #%/<>?@\\^|]/;
const hostnameMaxLen = 255;

// Characters escaped anywhere after the host (unless javascript:).
const autoEscape = {
  '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22', "'": '%27', '<': '%3C', '>': '%3E',
  '\\': '%5C', '^': '%5E', '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D',
};
const autoEscapeRE = /[\t\n\r "'<>\\^`{|}]/g;

// Characters that end a hostname's valid part without ending the host.
const nonHostChars = new Set(['\t', '\n', '\r', ' ', '"', '%', "'", ';', '<', '>', '\\', '^', '`', '{', '|', '}']);

let warnInvalidPort = true;

function isWhitespace(c) {
  return c < 33 || c === 0xA0 || c === 0xFEFF;
}

function invalidURL(input) {
  const e = errors.makeNodeError(TypeError, 'ERR_INVALID_URL', 'Invalid URL');
  e.input = input;
  return e;
}

// prepare trims the input and turns backslashes before the first '?' or
// '#' into slashes; it reports whether '#' or '@' (before the query) occur.
function prepare(url) {
  let start = 0;
  let end = url.length;
  while (start < end && isWhitespace(url.charCodeAt(start))) start++;
  while (end > start && isWhitespace(url.charCodeAt(end - 1))) end--;
  let rest = '';
  let hasHash = false;
  let hasAt = false;
  let split = false;
  for (let i = start; i < end; i++) {
    const ch = url[i];
    if (!split) {
      if (ch === '@') hasAt = true;
      else if (ch === '#' || ch === '?') {
        split = true;
        if (ch === '#') hasHash = true;
      } else if (ch === '\\') {
        rest += '/';
        continue;
      }
    } else if (ch === '#') {
      hasHash = true;
    }
    rest += ch;
  }
  return { rest, hasHash, hasAt };
}

// badHostChars end the hostname (and start the path) when they follow
// the authority's last '@'; other characters stay for domainToASCII to
// accept or refuse.
const badHostChars = new Set(['\t', '\n', '\r', ' ', '"', '%', "'", ':', ';', '<', '>', '\\', '^', '`', '{', '|', '}']);

function parseQuery(u, query, parseQueryString) {
  u.query = parseQueryString ? require('querystring').parse(query) : query;
}

function parseInto(u, url, parseQueryString, slashesDenoteHost) {
  errors.validateString(url, 'url');
  let { rest, hasHash, hasAt } = prepare(url);

  if (!slashesDenoteHost && !hasHash && !hasAt) {
    const m = simplePathRE.exec(rest);
    if (m) {
      u.path = rest;
      u.href = rest;
      u.pathname = m[1];
      if (m[2]) {
        u.search = m[2];
        parseQuery(u, m[2].slice(1), parseQueryString);
      } else if (parseQueryString) {
        u.search = null;
        u.query = { __proto__: null };
      }
      return u;
    }
  }

  let proto = protocolRE.exec(rest);
  let lowerProto;
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    u.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }

  let slashes = false;
  if (slashesDenoteHost || proto || hostRE.test(rest)) {
    slashes = rest.startsWith('//');
    if (slashes && !(proto && hostless.has(lowerProto))) {
      rest = rest.slice(2);
      u.slashes = true;
    }
  }

  if (!hostless.has(lowerProto) && (slashes || (proto && !slashed.has(proto)))) {
    rest = parseAuthority(u, rest, url);
  }

  if (!unsafe.has(lowerProto)) rest = rest.replace(autoEscapeRE, (c) => autoEscape[c]);

  const hashAt = rest.indexOf('#');
  if (hashAt !== -1) {
    u.hash = rest.slice(hashAt);
    rest = rest.slice(0, hashAt);
  }
  const queryAt = rest.indexOf('?');
  if (queryAt !== -1) {
    u.search = rest.slice(queryAt);
    parseQuery(u, rest.slice(queryAt + 1), parseQueryString);
    rest = rest.slice(0, queryAt);
  } else if (parseQueryString) {
    u.search = null;
    u.query = { __proto__: null };
  }
  if (rest.length > 0) u.pathname = rest;
  if (slashed.has(lowerProto) && u.hostname && !u.pathname) u.pathname = '/';
  if (u.pathname || u.search) u.path = (u.pathname || '') + (u.search || '');
  u.href = u.format();
  return u;
}

// parseAuthority takes [auth@]host[:port] off the front of rest into u and
// returns what follows. After the last '@' before the host ends, the
// first character no hostname may hold ends the host.
function parseAuthority(u, rest, url) {
  let hostEnd = -1;
  let atSign = -1;
  let nonHost = -1;
  for (let i = 0; i < rest.length && hostEnd === -1; i++) {
    const ch = rest[i];
    if (ch === '#' || ch === '/' || ch === '?') {
      if (nonHost === -1) nonHost = i;
      hostEnd = i;
    } else if (ch === '@') {
      atSign = i;
      nonHost = -1;
    } else if (nonHost === -1 && nonHostChars.has(ch)) {
      nonHost = i;
    }
  }
  let start = 0;
  if (atSign !== -1) {
    try {
      u.auth = decodeURIComponent(rest.slice(0, atSign));
    } catch (e) {
      throw new URIError('URI malformed');
    }
    start = atSign + 1;
  }
  if (nonHost === -1) {
    u.host = rest.slice(start);
    rest = '';
  } else {
    u.host = rest.slice(start, nonHost);
    rest = rest.slice(nonHost);
  }
  u.parseHost();
  if (typeof u.hostname !== 'string') u.hostname = '';
  let hostname = u.hostname;
  const ipv6 = hostname.startsWith('[') && hostname.endsWith(']');
  if (!ipv6) {
    for (let i = 0; i < hostname.length; i++) {
      if (!badHostChars.has(hostname[i])) continue;
      if (warnInvalidPort && hostname[i] === ':') {
        process.emitWarning(`The URL ${url} is invalid. Future versions of Node.js will throw an error.`,
          'DeprecationWarning', 'DEP0170');
        warnInvalidPort = false;
      }
      u.hostname = hostname.slice(0, i);
      rest = '/' + hostname.slice(i) + rest;
      break;
    }
  }
  hostname = u.hostname.length > hostnameMaxLen ? '' : u.hostname.toLowerCase();
  if (hostname !== '') {
    if (ipv6) {
      if (forbiddenHostV6.test(hostname)) throw invalidURL(url);
    } else {
      hostname = domainToASCII(hostname);
      if (hostname === '' || forbiddenHost.test(hostname)) throw invalidURL(url);
    }
  }
  u.hostname = hostname;
  u.host = hostname + (u.port ? ':' + u.port : '');
  if (ipv6) {
    u.hostname = hostname.slice(1, -1);
    if (rest[0] !== '/') rest = '/' + rest;
  }
  return rest;
}

function parseHost() {
  let host = this.host;
  const m = portRE.exec(host);
  if (m) {
    if (m[0] !== ':') this.port = m[0].slice(1);
    host = host.slice(0, host.length - m[0].length);
  }
  if (host) this.hostname = host;
}

// authKeep marks the ASCII characters format() leaves as they are in auth.
const authKeep = new Array(128).fill(false);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!'()*-.:_~") authKeep[c.charCodeAt(0)] = true;

function encodeAuth(s) {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80 && authKeep[c]) out += s[i];
    else if (c < 0x80) out += '%' + (c < 16 ? '0' : '') + c.toString(16).toUpperCase();
    else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.length) {
      out += encodeURIComponent(s.slice(i, i + 2));
      i++;
    } else out += encodeURIComponent(s[i]);
  }
  return out;
}

function format() {
  let auth = this.auth || '';
  if (auth) auth = encodeAuth(auth) + '@';
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const h = this.hostname;
    host = auth + (h.includes(':') && !(h.startsWith('[') && h.endsWith(']')) ? '[' + h + ']' : h);
    if (this.port) host += ':' + this.port;
  }
  if (this.query !== null && typeof this.query === 'object') query = require('querystring').stringify(this.query);
  let search = this.search || (query && '?' + query) || '';
  if (protocol && !protocol.endsWith(':')) protocol += ':';
  pathname = pathname.replace(/[#?]/g, (c) => (c === '#' ? '%23' : '%3F'));
  if (this.slashes || slashed.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname[0] !== '/') pathname = '/' + pathname;
      host = '//' + host;
    } else if (protocol.length >= 4 && protocol.slice(0, 4).toLowerCase() === 'file') {
      host = '//';
    }
  }
  search = search.replace(/#/g, '%23');
  if (hash && hash[0] !== '#') hash = '#' + hash;
  if (search && search[0] !== '?') search = '?' + search;
  return protocol + host + pathname + search + hash;
}

function parse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  return parseInto(new Url(), url, parseQueryString, slashesDenoteHost);
}

function resolve(source, relative) {
  return parse(source, false, true).resolve(relative);
}

function resolveObject(source, relative) {
  if (!source) return relative;
  return parse(source, false, true).resolveObject(relative);
}

module.exports = {
  parse,
  resolve,
  resolveObject,
  methods: {
    parse(url, parseQueryString, slashesDenoteHost) {
      return parseInto(this, url, parseQueryString, slashesDenoteHost);
    },
    format,
    parseHost,
    resolve(relative) {
      return this.resolveObject(parse(relative, false, true)).format();
    },
    resolveObject(relative) {
      return require('internal/url/resolve').resolveObject(this, relative, parse);
    },
  },
};
