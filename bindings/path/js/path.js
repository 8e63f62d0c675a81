'use strict';
// path: POSIX paths as Node computes them (path.win32, in win32.js, gives
// Windows paths on any platform), and path.matchesGlob.
const { validateString, validateObject } = require('internal/errors');
const scan = require('internal/path/scan');
const win32 = require('internal/path/win32');

const isSep = (c) => c === '/';

function resolve(...args) {
  let resolved = '';
  let absolute = false;
  for (let i = args.length - 1; i >= -1 && !absolute; i--) {
    const p = i >= 0 ? args[i] : process.cwd();
    if (i >= 0) validateString(p, `paths[${i}]`);
    if (p.length === 0) continue;
    resolved = `${p}/${resolved}`;
    absolute = p[0] === '/';
  }
  resolved = scan.normalizeString(resolved, !absolute, '/', isSep);
  if (absolute) return `/${resolved}`;
  return resolved.length > 0 ? resolved : '.';
}

function normalize(p) {
  validateString(p, 'path');
  if (p.length === 0) return '.';
  const absolute = p[0] === '/';
  const trailing = p[p.length - 1] === '/';
  p = scan.normalizeString(p, !absolute, '/', isSep);
  if (p.length === 0) {
    if (absolute) return '/';
    return trailing ? './' : '.';
  }
  if (trailing) p += '/';
  return absolute ? `/${p}` : p;
}

function isAbsolute(p) {
  validateString(p, 'path');
  return p.length > 0 && p[0] === '/';
}

function join(...args) {
  let joined;
  for (const a of args) {
    validateString(a, 'path');
    if (a.length > 0) joined = joined === undefined ? a : `${joined}/${a}`;
  }
  return joined === undefined ? '.' : normalize(joined);
}

function relative(from, to) {
  validateString(from, 'from');
  validateString(to, 'to');
  if (from === to) return '';
  from = resolve(from);
  to = resolve(to);
  if (from === to) return '';
  // Both are absolute now: compare them after their leading '/'.
  const fromLen = from.length - 1;
  const toLen = to.length - 1;
  const length = Math.min(fromLen, toLen);
  let lastCommonSep = -1;
  let i = 0;
  for (; i < length; i++) {
    const c = from[1 + i];
    if (c !== to[1 + i]) break;
    if (c === '/') lastCommonSep = i;
  }
  if (i === length) {
    if (toLen > length) {
      // from is a directory of to, or the root.
      if (to[1 + i] === '/') return to.slice(1 + i + 1);
      if (i === 0) return to.slice(1 + i);
    } else if (fromLen > length) {
      if (from[1 + i] === '/') lastCommonSep = i;
      else if (i === 0) lastCommonSep = 0;
    }
  }
  let out = '';
  for (i = 1 + lastCommonSep + 1; i <= from.length; ++i) {
    if (i === from.length || from[i] === '/') out += out.length === 0 ? '..' : '/..';
  }
  return `${out}${to.slice(1 + lastCommonSep)}`;
}

function toNamespacedPath(p) {
  return p;
}

function dirname(p) {
  validateString(p, 'path');
  if (p.length === 0) return '.';
  const hasRoot = p[0] === '/';
  let end = -1;
  let matchedSlash = true;
  for (let i = p.length - 1; i >= 1; --i) {
    if (p[i] === '/') {
      if (!matchedSlash) {
        end = i;
        break;
      }
    } else {
      matchedSlash = false;
    }
  }
  if (end === -1) return hasRoot ? '/' : '.';
  if (hasRoot && end === 1) return '//';
  return p.slice(0, end);
}

function basename(p, suffix) {
  if (suffix !== undefined) validateString(suffix, 'suffix');
  validateString(p, 'path');
  return scan.basename(p, suffix, 0, isSep);
}

function extname(p) {
  validateString(p, 'path');
  const { startDot, end } = scan.lastPart(p, 0, isSep);
  return startDot === -1 ? '' : p.slice(startDot, end);
}

function parse(p) {
  validateString(p, 'path');
  const ret = { root: '', dir: '', base: '', ext: '', name: '' };
  if (p.length === 0) return ret;
  const absolute = p[0] === '/';
  if (absolute) ret.root = '/';
  const { startDot, startPart, end } = scan.lastPart(p, absolute ? 1 : 0, isSep, 0);
  if (end !== -1) {
    const start = startPart === 0 && absolute ? 1 : startPart;
    ret.base = p.slice(start, end);
    if (startDot === -1) {
      ret.name = ret.base;
    } else {
      ret.name = p.slice(start, startDot);
      ret.ext = p.slice(startDot, end);
    }
  }
  if (startPart > 0) ret.dir = p.slice(0, startPart - 1);
  else if (absolute) ret.dir = '/';
  return ret;
}

function format(pathObject) {
  validateObject(pathObject, 'pathObject');
  return scan.format('/', pathObject);
}

function matchesGlob(p, pattern) {
  validateString(p, 'path');
  validateString(pattern, 'pattern');
  return globToRegExp(pattern, '/').test(p);
}

function win32MatchesGlob(p, pattern) {
  validateString(p, 'path');
  validateString(pattern, 'pattern');
  return globToRegExp(pattern, '\\').test(p);
}

function globToRegExp(pattern, sep) {
  const s = sep === '\\' ? '[\\\\/]' : '/';
  const ns = sep === '\\' ? '[^\\\\/]' : '[^/]';
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        if (pattern[i + 1] === '/' || pattern[i + 1] === sep) {
          i++;
          re += `(?:${ns}*${s})*`;
        } else {
          re += '.*';
        }
      } else {
        re += `${ns}*`;
      }
    } else if (c === '?') {
      re += ns;
    } else if (c === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close < 0) {
        re += '\\[';
      } else {
        let cls = pattern.slice(i + 1, close).replace(/\\/g, '\\\\');
        if (cls[0] === '!') cls = `^${cls.slice(1)}`;
        re += `[${cls}]`;
        i = close;
      }
    } else if (c === '{') {
      const close = pattern.indexOf('}', i + 1);
      if (close < 0) {
        re += '\\{';
      } else {
        re += `(?:${pattern.slice(i + 1, close).split(',').map((a) => globToRegExp(a, sep).source.slice(1, -1)).join('|')})`;
        i = close;
      }
    } else if (c === '/' || c === sep) {
      re += s;
    } else {
      re += c.replace(/[.+^$()|\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${re}$`);
}

const posix = {
  resolve, normalize, isAbsolute, join, relative, toNamespacedPath, dirname, basename,
  extname, format, parse, matchesGlob, sep: '/', delimiter: ':', _makeLong: toNamespacedPath,
};
win32.matchesGlob = win32MatchesGlob;
posix.posix = win32.posix = posix;
posix.win32 = win32.win32 = win32;

module.exports = posix;
