'use strict';
// path: POSIX paths as Node computes them, and a Windows flavour
// (path.win32) built on the same algorithms with drive/UNC roots.
const { validateString, validateObject } = require('internal/errors');

// makeFlavour builds one path API. isSep tests a separator character;
// splitRoot(p) returns the length of p's root ('/', 'C:\', '\\srv\share\');
// cwd() gives the directory relative paths resolve against.
function makeFlavour(sep, delimiter, isSep, splitRoot, cwd) {
  function normalizeString(p, allowAboveRoot) {
    const out = [];
    let seg = '';
    for (let i = 0; i <= p.length; i++) {
      if (i < p.length && !isSep(p[i])) {
        seg += p[i];
        continue;
      }
      if (seg === '..') {
        if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
        else if (allowAboveRoot) out.push('..');
      } else if (seg !== '' && seg !== '.') {
        out.push(seg);
      }
      seg = '';
    }
    return out.join(sep);
  }

  // rootOf returns [root, isAbsolute] with the root in canonical form.
  function rootOf(p) {
    const n = splitRoot(p);
    if (n === 0) return ['', false];
    const raw = p.slice(0, n);
    if (sep === '/') return ['/', true];
    let canon = raw.replace(/\//g, '\\');
    // A UNC root (\\server\share) is absolute with or without its slash.
    if (/^\\\\[^\\]/.test(canon)) {
      if (!canon.endsWith('\\')) canon += '\\';
      return [canon, true];
    }
    return [canon, isSep(raw[raw.length - 1])];
  }

  function normalize(p) {
    validateString(p, 'path');
    if (p.length === 0) return '.';
    const [root, abs] = rootOf(p);
    const rest = p.slice(splitRoot(p));
    const trailing = rest.length > 0 && isSep(p[p.length - 1]);
    let body = normalizeString(rest, !abs);
    if (body.length === 0) {
      if (abs) return root;
      if (root) return root + (trailing ? sep : '.');
      return trailing ? `.${sep}` : '.';
    }
    if (trailing) body += sep;
    return root + body;
  }

  function isAbsolute(p) {
    validateString(p, 'path');
    if (p.length === 0) return false;
    if (isSep(p[0])) return true;
    return rootOf(p)[1];
  }

  function join(...args) {
    const parts = [];
    for (const a of args) {
      validateString(a, 'path');
      if (a.length > 0) parts.push(a);
    }
    if (parts.length === 0) return '.';
    return normalize(parts.join(sep));
  }

  function resolve(...args) {
    let resolved = '';
    let root = '';
    let abs = false;
    for (let i = args.length - 1; i >= -1 && !abs; i--) {
      const p = i >= 0 ? args[i] : cwd();
      if (i >= 0) validateString(p, `paths[${i}]`);
      if (p.length === 0) continue;
      const [r, a] = rootOf(p);
      if (r && root && r.toLowerCase() !== root.toLowerCase() && !(sep === '\\' && !/^[a-zA-Z]:/.test(r))) continue;
      resolved = p.slice(splitRoot(p)) + sep + resolved;
      if (r && !root) root = r;
      abs = a || (sep === '/' && isSep(p[0]));
      if (sep === '\\' && abs && !/^[a-zA-Z]:|^\\\\/.test(root)) {
        // A rooted path without a drive takes the drive of the cwd.
        const m = /^[a-zA-Z]:/.exec(cwd());
        if (m) root = m[0] + '\\';
      }
    }
    if (sep === '/') root = abs ? '/' : '';
    const body = normalizeString(resolved, !abs);
    if (abs) return root + body;
    return root + body || '.';
  }

  function relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = resolve(from);
    to = resolve(to);
    const fold = (s) => (sep === '\\' ? s.toLowerCase() : s);
    if (fold(from) === fold(to)) return '';
    const fr = splitRoot(from);
    const tr = splitRoot(to);
    if (fold(from.slice(0, fr)) !== fold(to.slice(0, tr))) return to;
    const fp = from.slice(fr).split(sep).filter(Boolean);
    const tp = to.slice(tr).split(sep).filter(Boolean);
    let i = 0;
    while (i < fp.length && i < tp.length && fold(fp[i]) === fold(tp[i])) i++;
    return [...new Array(fp.length - i).fill('..'), ...tp.slice(i)].join(sep);
  }

  // lastPart scans p back from its end (stopping at index start) for the
  // last path element and its extension, as Node's parse/extname do.
  function lastPart(p, start) {
    let startDot = -1;
    let startPart = 0;
    let end = -1;
    let matchedSlash = true;
    let preDotState = 0;
    for (let i = p.length - 1; i >= start; i--) {
      const c = p[i];
      if (isSep(c)) {
        if (!matchedSlash) {
          startPart = i + 1;
          break;
        }
        continue;
      }
      if (end === -1) {
        matchedSlash = false;
        end = i + 1;
      }
      if (c === '.') {
        if (startDot === -1) startDot = i;
        else if (preDotState !== 1) preDotState = 1;
      } else if (startDot !== -1) {
        preDotState = -1;
      }
    }
    const noExt = startDot === -1 || end === -1 || preDotState === 0 ||
      (preDotState === 1 && startDot === end - 1 && startDot === startPart + 1);
    return { startDot: noExt ? -1 : startDot, startPart, end };
  }

  function extname(p) {
    validateString(p, 'path');
    const { startDot, end } = lastPart(p, splitRoot(p) > 0 && sep === '\\' ? splitRoot(p) : 0);
    return startDot === -1 ? '' : p.slice(startDot, end);
  }

  function baseOf(p) {
    let end = p.length;
    const min = sep === '\\' && /^[a-zA-Z]:/.test(p) ? 2 : 0;
    while (end > min && isSep(p[end - 1])) end--;
    let start = end;
    while (start > min && !isSep(p[start - 1])) start--;
    if (sep === '\\' && start === 0 && end === 0) return '';
    return p.slice(Math.max(start, min), end);
  }

  function basename(p, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(p, 'path');
    if (suffix !== undefined && suffix.length > 0 && suffix === p) return '';
    const base = baseOf(p);
    if (suffix !== undefined && suffix.length > 0 && base !== suffix && base.endsWith(suffix)) {
      return base.slice(0, base.length - suffix.length);
    }
    return base;
  }

  function dirname(p) {
    validateString(p, 'path');
    if (p.length === 0) return '.';
    const rootLen = splitRoot(p);
    const [root] = rootOf(p);
    let end = -1;
    let matchedSlash = true;
    for (let i = p.length - 1; i >= Math.max(1, rootLen); i--) {
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
      if (rootLen > 0) return sep === '/' ? '/' : p.slice(0, rootLen);
      return '.';
    }
    if (sep === '/' && isSep(p[0]) && end === 1) return '//';
    void root;
    return p.slice(0, end);
  }

  function parse(p) {
    validateString(p, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (p.length === 0) return ret;
    const rootLen = sep === '/' ? (isSep(p[0]) ? 1 : 0) : splitRoot(p);
    ret.root = p.slice(0, rootLen);
    const { startDot, startPart, end } = lastPart(p, rootLen);
    if (end !== -1) {
      const start = startPart === 0 ? rootLen : startPart;
      ret.base = p.slice(start, end);
      if (startDot === -1) {
        ret.name = ret.base;
      } else {
        ret.name = p.slice(start, startDot);
        ret.ext = p.slice(startDot, end);
      }
    }
    if (startPart > 0 && startPart - 1 >= rootLen) ret.dir = p.slice(0, startPart - 1);
    else ret.dir = ret.root;
    return ret;
  }

  function format(pathObject) {
    validateObject(pathObject, 'pathObject');
    const dir = pathObject.dir || pathObject.root;
    let ext = pathObject.ext || '';
    if (ext && ext[0] !== '.') ext = `.${ext}`;
    const base = pathObject.base || `${pathObject.name || ''}${ext}`;
    if (!dir) return base;
    return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
  }

  function toNamespacedPath(p) {
    if (sep === '/' || typeof p !== 'string' || p.length === 0) return p;
    const r = resolve(p);
    if (/^[a-zA-Z]:\\/.test(r)) return `\\\\?\\${r}`;
    if (/^\\\\[^?.]/.test(r)) return `\\\\?\\UNC\\${r.slice(2)}`;
    return p;
  }

  function matchesGlob(p, pattern) {
    validateString(p, 'path');
    validateString(pattern, 'pattern');
    return globToRegExp(pattern, sep).test(p);
  }

  return {
    resolve, normalize, isAbsolute, join, relative, toNamespacedPath, dirname, basename,
    extname, format, parse, matchesGlob, sep, delimiter, _makeLong: toNamespacedPath,
  };
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

const isPosixSep = (c) => c === '/';
const isWinSep = (c) => c === '/' || c === '\\';

function winRoot(p) {
  if (p.length === 0) return 0;
  // UNC: \\server\share\
  const unc = /^[\\/]{2}[^\\/]+[\\/]+[^\\/]+[\\/]?/.exec(p);
  if (unc && !/^[\\/]{2}[.?][\\/]/.test(p)) return unc[0].length;
  const drive = /^[a-zA-Z]:[\\/]?/.exec(p);
  if (drive) return drive[0].length;
  return isWinSep(p[0]) ? 1 : 0;
}

const posix = makeFlavour('/', ':', isPosixSep, (p) => (p.length > 0 && p[0] === '/' ? 1 : 0), () => process.cwd());
const win32 = makeFlavour('\\', ';', isWinSep, winRoot, () => process.cwd());
posix.posix = win32.posix = posix;
posix.win32 = win32.win32 = win32;

module.exports = posix;
