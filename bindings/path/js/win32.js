'use strict';
// path.win32: Windows paths as Node computes them on any platform. Roots
// are a drive ('C:', 'C:\'), a UNC share ('\\server\share\'), a device
// namespace ('\\.\', '\\?\') or a lone separator; both '\' and '/'
// separate.
const { validateString, validateObject } = require('internal/errors');
const scan = require('internal/path/scan');

const isSep = (c) => c === '\\' || c === '/';
const isDriveLetter = (c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
const hasDrive = (p) => p.length >= 2 && p[1] === ':' && isDriveLetter(p[0]);

// uncParts reads the server and share of a path that starts with two
// separators: null when there is no share, else the server name and where
// the share name starts and ends.
function uncParts(p) {
  const len = p.length;
  let j = 2;
  let last = j;
  while (j < len && !isSep(p[j])) j++;
  if (j >= len || j === last) return null;
  const server = p.slice(last, j);
  last = j;
  while (j < len && isSep(p[j])) j++;
  if (j >= len || j === last) return null;
  last = j;
  while (j < len && !isSep(p[j])) j++;
  return { server, start: last, end: j };
}

const isDeviceNamespace = (server) => server === '.' || server === '?';

// Names Windows reserves for devices in every directory: 'CON:' names the
// console, not a file.
const reservedNames = new Set([
  'CON', 'PRN', 'AUX', 'NUL',
  'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9',
  'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9',
  'COM\xb9', 'COM\xb2', 'COM\xb3', 'LPT\xb9', 'LPT\xb2', 'LPT\xb3',
]);

// reservedDevice tells whether a relative path starts with a device name:
// the text before its first colon (before its last character when it has
// none, as Node reads it) is a reserved name. It returns the device part
// ('CON:', or '' when there is no colon), or undefined.
function reservedDevice(p) {
  const colon = p.indexOf(':');
  if (!reservedNames.has(p.slice(0, colon).toUpperCase())) return undefined;
  return p.slice(0, colon + 1);
}

// root reads p's root: its device ('' if none: 'C:', '\\server\share',
// '\\.'), where the rest starts, and whether it is absolute.
function root(p) {
  const len = p.length;
  if (len === 0) return { device: '', end: 0, absolute: false };
  if (len === 1) return isSep(p[0]) ? { device: '', end: 1, absolute: true } : { device: '', end: 0, absolute: false };
  if (isSep(p[0])) {
    if (isSep(p[1])) {
      const unc = uncParts(p);
      if (unc !== null) {
        if (isDeviceNamespace(unc.server)) return { device: `\\\\${unc.server}`, end: 4, absolute: true };
        return { device: `\\\\${unc.server}\\${p.slice(unc.start, unc.end)}`, end: unc.end, absolute: true };
      }
    }
    return { device: '', end: 1, absolute: true };
  }
  if (hasDrive(p)) {
    if (len > 2 && isSep(p[2])) return { device: p.slice(0, 2), end: 3, absolute: true };
    return { device: p.slice(0, 2), end: 2, absolute: false };
  }
  return { device: '', end: 0, absolute: false };
}

function resolve(...args) {
  let resolvedDevice = '';
  let resolvedTail = '';
  let resolvedAbsolute = false;
  for (let i = args.length - 1; i >= -1; i--) {
    let p;
    if (i >= 0) {
      p = args[i];
      validateString(p, `paths[${i}]`);
      if (p.length === 0) continue;
    } else if (resolvedDevice.length === 0) {
      p = process.cwd();
    } else {
      // Windows keeps a working directory per drive, in the environment
      // as "=C:"; without one (or one for another drive) the drive's root.
      p = process.env[`=${resolvedDevice}`] || process.cwd();
      if (p === undefined ||
          (p.slice(0, 2).toLowerCase() !== resolvedDevice.toLowerCase() && p[2] === '\\')) {
        p = `${resolvedDevice}\\`;
      }
    }
    const r = root(p);
    if (r.device.length > 0) {
      if (resolvedDevice.length > 0) {
        if (r.device.toLowerCase() !== resolvedDevice.toLowerCase()) continue;
      } else {
        resolvedDevice = r.device;
      }
    }
    if (resolvedAbsolute) {
      if (resolvedDevice.length > 0) break;
    } else {
      resolvedTail = `${p.slice(r.end)}\\${resolvedTail}`;
      resolvedAbsolute = r.absolute;
      if (r.absolute && resolvedDevice.length > 0) break;
    }
  }
  resolvedTail = scan.normalizeString(resolvedTail, !resolvedAbsolute, '\\', isSep);
  return resolvedAbsolute ?
    `${resolvedDevice}\\${resolvedTail}` :
    `${resolvedDevice}${resolvedTail}` || '.';
}

function normalize(p) {
  validateString(p, 'path');
  const len = p.length;
  if (len === 0) return '.';
  if (len === 1) return p === '/' ? '\\' : p;
  let device;
  let rootEnd = 0;
  let absolute = false;
  if (isSep(p[0])) {
    absolute = true;
    rootEnd = 1;
    if (isSep(p[1])) {
      const unc = uncParts(p);
      if (unc !== null) {
        if (isDeviceNamespace(unc.server)) {
          device = `\\\\${unc.server}`;
          rootEnd = 4;
        } else if (unc.end === len) {
          // Only a UNC root: nothing left to normalize.
          return `\\\\${unc.server}\\${p.slice(unc.start)}\\`;
        } else {
          device = `\\\\${unc.server}\\${p.slice(unc.start, unc.end)}`;
          rootEnd = unc.end;
        }
      }
    }
  } else if (hasDrive(p)) {
    device = p.slice(0, 2);
    rootEnd = 2;
    if (len > 2 && isSep(p[2])) {
      absolute = true;
      rootEnd = 3;
    }
  } else {
    // A device name keeps what follows it relative to it ('CON:a'), and
    // the result is marked relative ('.\CON:a') so that it names a file.
    const reserved = reservedDevice(p);
    if (reserved !== undefined) {
      let tail = scan.normalizeString(p.slice(reserved.length), true, '\\', isSep);
      if (tail.length === 0) tail = '.';
      if (isSep(p[len - 1])) tail += '\\';
      return `.\\${reserved}${tail}`;
    }
  }
  let tail = rootEnd < len ? scan.normalizeString(p.slice(rootEnd), !absolute, '\\', isSep) : '';
  if (tail.length === 0 && !absolute) tail = '.';
  if (tail.length > 0 && isSep(p[len - 1])) tail += '\\';
  if (!absolute && device === undefined && p.includes(':')) {
    // A relative path must not come out looking like a drive or a
    // device name ('c:', 'CON:'), which Windows would take as absolute.
    if (tail.length >= 2 && isDriveLetter(tail[0]) && tail[1] === ':') return `.\\${tail}`;
    let at = p.indexOf(':');
    do {
      if (at === len - 1 || isSep(p[at + 1])) return `.\\${tail}`;
    } while ((at = p.indexOf(':', at + 1)) !== -1);
  }
  if (device === undefined) return absolute ? `\\${tail}` : tail;
  return absolute ? `${device}\\${tail}` : `${device}${tail}`;
}

function isAbsolute(p) {
  validateString(p, 'path');
  const len = p.length;
  if (len === 0) return false;
  return isSep(p[0]) || (len > 2 && hasDrive(p) && isSep(p[2]));
}

function join(...args) {
  if (args.length === 0) return '.';
  let joined;
  let firstPart;
  for (const arg of args) {
    validateString(arg, 'path');
    if (arg.length > 0) {
      if (joined === undefined) joined = firstPart = arg;
      else joined += `\\${arg}`;
    }
  }
  if (joined === undefined) return '.';
  // A joined path must not start with two separators (normalize would
  // take it for a UNC root) unless the first part clearly is one: exactly
  // two separators and then a name.
  let needsReplace = true;
  let slashCount = 0;
  if (isSep(firstPart[0])) {
    ++slashCount;
    if (firstPart.length > 1 && isSep(firstPart[1])) {
      ++slashCount;
      if (firstPart.length > 2) {
        if (isSep(firstPart[2])) ++slashCount;
        else needsReplace = false;
      }
    }
  }
  if (needsReplace) {
    while (slashCount < joined.length && isSep(joined[slashCount])) slashCount++;
    if (slashCount >= 2) joined = `\\${joined.slice(slashCount)}`;
  }
  return normalize(joined);
}

function relative(from, to) {
  validateString(from, 'from');
  validateString(to, 'to');
  if (from === to) return '';
  const fromOrig = resolve(from);
  const toOrig = resolve(to);
  if (fromOrig === toOrig) return '';
  from = fromOrig.toLowerCase();
  to = toOrig.toLowerCase();
  if (from === to) return '';
  if (from.length !== fromOrig.length || to.length !== toOrig.length) {
    // Lower-casing changed a length ('İ' is two characters in lower
    // case): index arithmetic between the forms would go wrong, so compare
    // element by element.
    return relativeByElement(fromOrig, toOrig);
  }
  // Leading backslashes, and trailing ones (UNC roots), do not count.
  let fromStart = 0;
  while (fromStart < from.length && from[fromStart] === '\\') fromStart++;
  let fromEnd = from.length;
  while (fromEnd - 1 > fromStart && from[fromEnd - 1] === '\\') fromEnd--;
  const fromLen = fromEnd - fromStart;
  let toStart = 0;
  while (toStart < to.length && to[toStart] === '\\') toStart++;
  let toEnd = to.length;
  while (toEnd - 1 > toStart && to[toEnd - 1] === '\\') toEnd--;
  const toLen = toEnd - toStart;

  const length = Math.min(fromLen, toLen);
  let lastCommonSep = -1;
  let i = 0;
  for (; i < length; i++) {
    const c = from[fromStart + i];
    if (c !== to[toStart + i]) break;
    if (c === '\\') lastCommonSep = i;
  }
  if (i !== length) {
    // They differ before any common separator: nothing is shared.
    if (lastCommonSep === -1) return toOrig;
  } else {
    if (toLen > length) {
      // from is to's directory, or the root of to's drive.
      if (to[toStart + i] === '\\') return toOrig.slice(toStart + i + 1);
      if (i === 2) return toOrig.slice(toStart + i);
    }
    if (fromLen > length) {
      if (from[fromStart + i] === '\\') lastCommonSep = i;
      else if (i === 2) lastCommonSep = 3;
    }
    if (lastCommonSep === -1) lastCommonSep = 0;
  }
  let out = '';
  for (i = fromStart + lastCommonSep + 1; i <= fromEnd; ++i) {
    if (i === fromEnd || from[i] === '\\') out += out.length === 0 ? '..' : '\\..';
  }
  toStart += lastCommonSep;
  if (out.length > 0) return `${out}${toOrig.slice(toStart, toEnd)}`;
  if (toOrig[toStart] === '\\') ++toStart;
  return toOrig.slice(toStart, toEnd);
}

// relativeByElement is relative() for resolved paths whose lower-case
// forms have other lengths.
function relativeByElement(from, to) {
  const fromParts = from.split('\\');
  const toParts = to.split('\\');
  if (fromParts[fromParts.length - 1] === '') fromParts.pop();
  if (toParts[toParts.length - 1] === '') toParts.pop();
  const length = Math.min(fromParts.length, toParts.length);
  let i = 0;
  while (i < length && fromParts[i].toLowerCase() === toParts[i].toLowerCase()) i++;
  if (i === 0) return to;
  if (i === length) {
    if (toParts.length > length) return toParts.slice(i).join('\\');
    if (fromParts.length > length) return `${'..\\'.repeat(fromParts.length - 1 - i)}..`;
    return '';
  }
  return `${'..\\'.repeat(fromParts.length - i)}${toParts.slice(i).join('\\')}`;
}

function toNamespacedPath(p) {
  if (typeof p !== 'string' || p.length === 0) return p;
  const resolved = resolve(p);
  if (resolved.length <= 2) return p;
  if (resolved[0] === '\\') {
    if (resolved[1] === '\\' && resolved[2] !== '?' && resolved[2] !== '.') {
      return `\\\\?\\UNC\\${resolved.slice(2)}`;
    }
  } else if (hasDrive(resolved) && resolved[2] === '\\') {
    return `\\\\?\\${resolved}`;
  }
  return resolved;
}

// rootLength gives the length of p's root as dirname and parse see it: a
// drive with its separator, a whole UNC root with its trailing separator,
// or a lone separator.
function rootLength(p) {
  const len = p.length;
  if (len === 0) return 0;
  if (isSep(p[0])) {
    if (len > 1 && isSep(p[1])) {
      const unc = uncParts(p);
      if (unc !== null) return unc.end === len ? len : unc.end + 1;
    }
    return 1;
  }
  if (hasDrive(p)) return len > 2 && isSep(p[2]) ? 3 : 2;
  return 0;
}

function dirname(p) {
  validateString(p, 'path');
  const len = p.length;
  if (len === 0) return '.';
  if (len === 1) return isSep(p[0]) ? p : '.';
  const rootEnd = rootLength(p);
  let end = -1;
  let matchedSlash = true;
  for (let i = len - 1; i >= rootEnd; --i) {
    if (isSep(p[i])) {
      if (!matchedSlash) {
        end = i;
        break;
      }
    } else {
      matchedSlash = false;
    }
  }
  if (end === -1) {
    if (rootEnd === 0) return '.';
    end = rootEnd;
  }
  return p.slice(0, end);
}

function basename(p, suffix) {
  if (suffix !== undefined) validateString(suffix, 'suffix');
  validateString(p, 'path');
  return scan.basename(p, suffix, hasDrive(p) ? 2 : 0, isSep);
}

function extname(p) {
  validateString(p, 'path');
  const { startDot, end } = scan.lastPart(p, hasDrive(p) ? 2 : 0, isSep);
  return startDot === -1 ? '' : p.slice(startDot, end);
}

function parse(p) {
  validateString(p, 'path');
  const ret = { root: '', dir: '', base: '', ext: '', name: '' };
  const len = p.length;
  if (len === 0) return ret;
  if (len === 1) {
    if (isSep(p[0])) ret.root = ret.dir = p;
    else ret.base = ret.name = p;
    return ret;
  }
  const rootEnd = rootLength(p);
  if (hasDrive(p) && (len === 2 || (len === 3 && isSep(p[2])))) {
    ret.root = ret.dir = p;
    return ret;
  }
  ret.root = p.slice(0, rootEnd);
  const { startDot, startPart, end } = scan.lastPart(p, rootEnd, isSep);
  if (end !== -1) {
    ret.base = p.slice(startPart, end);
    if (startDot === -1) {
      ret.name = ret.base;
    } else {
      ret.name = p.slice(startPart, startDot);
      ret.ext = p.slice(startDot, end);
    }
  }
  ret.dir = startPart > 0 && startPart !== rootEnd ? p.slice(0, startPart - 1) : ret.root;
  return ret;
}

function format(pathObject) {
  validateObject(pathObject, 'pathObject');
  return scan.format('\\', pathObject);
}

module.exports = {
  resolve, normalize, isAbsolute, join, relative, toNamespacedPath, dirname, basename,
  extname, format, parse, sep: '\\', delimiter: ';', _makeLong: toNamespacedPath,
};
