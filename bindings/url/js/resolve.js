'use strict';
// Url.prototype.resolveObject: the legacy API's resolution of a relative
// URL against a base, including its treatment of protocols without
// slashes ("mailto:", "xmpp:"), whose first path segment acts as the host.

const { Url } = require('url');

const slashed = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:',
  'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);
const hostless = new Set(['javascript', 'javascript:']);

function copyInto(target, source, skip) {
  for (const k of Object.keys(source)) {
    if (k !== skip) target[k] = source[k];
  }
}

function finish(result) {
  result.href = result.format();
  return result;
}

function setPath(result) {
  if (result.pathname !== null || result.search !== null) {
    result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
  }
}

// splitAuth moves "user@" out of a host that picked it up from a path.
function splitAuth(result) {
  if (result.host && result.host.indexOf('@') > 0) {
    const parts = result.host.split('@');
    result.auth = parts.shift();
    result.host = result.hostname = parts.shift();
  }
}

// toOtherProtocol handles a relative URL with its own protocol.
function toOtherProtocol(result, rel) {
  if (!slashed.has(rel.protocol)) {
    copyInto(result, rel);
    return finish(result);
  }
  result.protocol = rel.protocol;
  if (!rel.host && !/^file:?$/.test(rel.protocol) && !hostless.has(rel.protocol)) {
    // "http:foo/bar": the first non-empty segment becomes the host.
    const segs = (rel.pathname || '').split('/');
    while (segs.length && !(rel.host = segs.shift()));
    if (!rel.host) rel.host = '';
    if (!rel.hostname) rel.hostname = '';
    if (segs[0] !== '') segs.unshift('');
    if (segs.length < 2) segs.unshift('');
    result.pathname = segs.join('/');
  } else {
    result.pathname = rel.pathname;
  }
  result.search = rel.search;
  result.query = rel.query;
  result.host = rel.host || '';
  result.auth = rel.auth;
  result.hostname = rel.hostname || rel.host;
  result.port = rel.port;
  if (result.pathname || result.search) result.path = (result.pathname || '') + (result.search || '');
  result.slashes = result.slashes || rel.slashes;
  return finish(result);
}

// dropDots removes "." and resolves ".." in segs, in place; it returns how
// many ".." climbed above the first segment.
function dropDots(segs) {
  let up = 0;
  for (let i = segs.length - 1; i >= 0; i--) {
    const s = segs[i];
    if (s === '.') {
      segs.splice(i, 1);
    } else if (s === '..') {
      segs.splice(i, 1);
      up++;
    } else if (up) {
      segs.splice(i, 1);
      up--;
    }
  }
  return up;
}

function resolveObject(base, relative, parse) {
  if (typeof relative === 'string') relative = parse(relative, false, true);
  const rel = relative;
  const result = new Url();
  copyInto(result, base);
  result.hash = rel.hash;
  if (rel.href === '') return finish(result);

  if (rel.slashes && !rel.protocol) {
    // "//host/path" keeps only the base's protocol.
    copyInto(result, rel, 'protocol');
    if (slashed.has(result.protocol) && result.hostname && !result.pathname) result.path = result.pathname = '/';
    return finish(result);
  }
  if (rel.protocol && rel.protocol !== result.protocol) return toOtherProtocol(result, rel);

  const baseAbs = Boolean(result.pathname && result.pathname.charAt(0) === '/');
  const relAbs = Boolean(rel.host || (rel.pathname && rel.pathname.charAt(0) === '/'));
  let mustEndAbs = relAbs || baseAbs || Boolean(result.host && rel.pathname);
  const removeAllDots = mustEndAbs;
  let segs = (result.pathname && result.pathname.split('/')) || [];
  const relSegs = (rel.pathname && rel.pathname.split('/')) || [];
  const noSlashes = result.protocol && !slashed.has(result.protocol);

  if (noSlashes) {
    // Without slashes the host is just the first path segment, so ".."
    // may climb into it.
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (segs[0] === '') segs[0] = result.host;
      else segs.unshift(result.host);
    }
    result.host = '';
    if (rel.protocol) {
      rel.hostname = null;
      rel.port = null;
      if (rel.host) {
        if (relSegs[0] === '') relSegs[0] = rel.host;
        else relSegs.unshift(rel.host);
      }
      rel.host = null;
    }
    mustEndAbs = mustEndAbs && (relSegs[0] === '' || segs[0] === '');
  }

  if (relAbs) {
    if (rel.host || rel.host === '') {
      if (result.host !== rel.host) result.auth = null;
      result.host = rel.host;
      result.port = rel.port;
    }
    if (rel.hostname || rel.hostname === '') {
      if (result.hostname !== rel.hostname) result.auth = null;
      result.hostname = rel.hostname;
    }
    result.search = rel.search;
    result.query = rel.query;
    segs = relSegs;
  } else if (relSegs.length) {
    segs.pop();
    segs = segs.concat(relSegs);
    result.search = rel.search;
    result.query = rel.query;
  } else if (rel.search !== null && rel.search !== undefined) {
    // Only a query: "?x".
    if (noSlashes) {
      result.hostname = result.host = segs.shift();
      splitAuth(result);
    }
    result.search = rel.search;
    result.query = rel.query;
    setPath(result);
    return finish(result);
  }

  if (!segs.length) {
    result.pathname = null;
    result.path = result.search ? '/' + result.search : null;
    return finish(result);
  }

  // A path ending in "." or ".." (below a host or another segment), or in
  // "/", keeps a trailing slash.
  const last = segs[segs.length - 1];
  const trailingSlash = ((result.host || rel.host || segs.length > 1) && (last === '.' || last === '..')) || last === '';
  let up = dropDots(segs);
  if (!mustEndAbs && !removeAllDots) {
    while (up--) segs.unshift('..');
  }
  if (mustEndAbs && segs[0] !== '' && (!segs[0] || segs[0].charAt(0) !== '/')) segs.unshift('');
  if (trailingSlash && segs.join('/').slice(-1) !== '/') segs.push('');
  const isAbsolute = segs[0] === '' || Boolean(segs[0] && segs[0].charAt(0) === '/');

  if (noSlashes) {
    result.hostname = result.host = isAbsolute ? '' : segs.length ? segs.shift() : '';
    splitAuth(result);
  }
  mustEndAbs = mustEndAbs || (result.host && segs.length);
  if (mustEndAbs && !isAbsolute) segs.unshift('');
  if (segs.length > 0) {
    result.pathname = segs.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  setPath(result);
  result.auth = rel.auth || result.auth;
  result.slashes = result.slashes || rel.slashes;
  return finish(result);
}

module.exports = { resolveObject };
