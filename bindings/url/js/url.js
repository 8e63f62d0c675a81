'use strict';
// node:url. The WHATWG URL and URLSearchParams come from the Go host;
// this adds node's helpers around them. The legacy API (Url, parse,
// format, resolve) lives in internal/url/legacy and loads on first use.

const native = internalBinding('url');
const errors = require('internal/errors');
const { URL, URLSearchParams } = require('internal/url/whatwg');

let legacyModule;
function legacy() {
  if (legacyModule === undefined) legacyModule = require('internal/url/legacy');
  return legacyModule;
}

// isURL tells a WHATWG URL (or a look-alike) from a legacy Url object.
function isURL(v) {
  return v != null && Boolean(v.href) && Boolean(v.protocol) && v.auth === undefined && v.path === undefined;
}

function nodeTypeError(code, message) {
  return errors.makeNodeError(TypeError, code, message);
}

function fileURLToPath(path) {
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw errors.invalidArgType('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw nodeTypeError('ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
  if (path.hostname !== '') {
    throw nodeTypeError('ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on ' + process.platform);
  }
  const pathname = path.pathname;
  if (/%2f/i.test(pathname)) {
    throw nodeTypeError('ERR_INVALID_FILE_URL_PATH', 'File URL path must not include encoded / characters');
  }
  return decodeURIComponent(pathname);
}

// pathKeep marks the ASCII characters pathToFileURL leaves as they are.
const pathKeep = new Array(128).fill(false);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!$&'()*+,-./:;=@_") {
  pathKeep[c.charCodeAt(0)] = true;
}

function encodePath(p) {
  let out = '';
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i);
    if (c < 0x80 && pathKeep[c]) {
      out += p[i];
      continue;
    }
    let ch = p[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < p.length && (p.charCodeAt(i + 1) & 0xFC00) === 0xDC00) {
      ch = p.slice(i, i + 2);
      i++;
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      ch = '\uFFFD';
    }
    out += c < 0x80 ? '%' + (c < 16 ? '0' : '') + c.toString(16).toUpperCase() : encodeURIComponent(ch);
  }
  return out;
}

function pathToFileURL(filepath) {
  const path = require('path');
  errors.validateString(filepath, 'path');
  let resolved = path.resolve(filepath);
  if (filepath.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  return new URL('file://' + encodePath(resolved));
}

function urlToHttpOptions(url) {
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: typeof url.hostname === 'string' && url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
  };
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password) {
    options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  }
  return options;
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw nodeTypeError('ERR_MISSING_ARGS', 'The "domain" argument must be specified');
  return native.domainToASCII(`${domain}`);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw nodeTypeError('ERR_MISSING_ARGS', 'The "domain" argument must be specified');
  return native.domainToUnicode(`${domain}`);
}

// formatWHATWG is url.format(URL, options): the URL's href, leaving out
// the parts the options turn off.
function formatWHATWG(url, options) {
  let auth = true;
  let fragment = true;
  let search = true;
  let unicode = false;
  if (options !== undefined) {
    errors.validateObject(options, 'options');
    if (options.auth != null) auth = Boolean(options.auth);
    if (options.fragment != null) fragment = Boolean(options.fragment);
    if (options.search != null) search = Boolean(options.search);
    if (options.unicode != null) unicode = Boolean(options.unicode);
  }
  let out = url.protocol;
  if (url.host !== '' || url.href.startsWith(url.protocol + '//')) {
    out += '//';
    if (auth && (url.username || url.password)) {
      out += url.username;
      if (url.password) out += ':' + url.password;
      out += '@';
    }
    out += unicode ? domainToUnicode(url.hostname) : url.hostname;
    if (url.port) out += ':' + url.port;
  }
  out += url.pathname;
  if (search) out += url.search;
  if (fragment) out += url.hash;
  return out;
}

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

for (const name of ['parse', 'format', 'resolve', 'resolveObject', 'parseHost']) {
  Url.prototype[name] = function (...args) {
    return legacy().methods[name].apply(this, args);
  };
}

function parse(url, parseQueryString, slashesDenoteHost) {
  return legacy().parse(url, parseQueryString, slashesDenoteHost);
}

function resolve(source, relative) {
  return legacy().resolve(source, relative);
}

function resolveObject(source, relative) {
  return legacy().resolveObject(source, relative);
}

function format(urlObject, options) {
  if (typeof urlObject === 'string') return legacy().parse(urlObject).format();
  if (urlObject === null || (typeof urlObject !== 'object' && typeof urlObject !== 'function')) {
    throw errors.invalidArgType('urlObject', ['Object', 'string'], urlObject);
  }
  if (urlObject instanceof URL) return formatWHATWG(urlObject, options);
  return legacy().methods.format.call(urlObject);
}

module.exports = {
  Url,
  parse,
  resolve,
  resolveObject,
  format,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
