'use strict';
// Scanners shared by path.posix and path.win32: the character-level
// walks that give Node's exact answers for '.', '..', repeated separators
// and dot files. isSep tells a separator; start is where the scan stops
// (after a drive letter on Windows).

// normalizeString resolves '.' and '..' segments of p (which has no root)
// and joins what is left with sep. Above the root, '..' is kept only when
// allowAboveRoot is set.
function normalizeString(p, allowAboveRoot, sep, isSep) {
  let res = '';
  let lastSegmentLength = 0;
  let lastSlash = -1;
  let dots = 0;
  let c = '';
  for (let i = 0; i <= p.length; ++i) {
    if (i < p.length) c = p[i];
    else if (isSep(c)) break;
    else c = '/';
    if (isSep(c)) {
      if (lastSlash === i - 1 || dots === 1) {
        // An empty or '.' segment adds nothing.
      } else if (dots === 2) {
        const endsInDotDot = res.length >= 2 && lastSegmentLength === 2 &&
          res[res.length - 1] === '.' && res[res.length - 2] === '.';
        if (!endsInDotDot) {
          if (res.length > 2) {
            const at = res.lastIndexOf(sep);
            if (at === -1) {
              res = '';
              lastSegmentLength = 0;
            } else {
              res = res.slice(0, at);
              lastSegmentLength = res.length - 1 - res.lastIndexOf(sep);
            }
            lastSlash = i;
            dots = 0;
            continue;
          } else if (res.length !== 0) {
            res = '';
            lastSegmentLength = 0;
            lastSlash = i;
            dots = 0;
            continue;
          }
        }
        if (allowAboveRoot) {
          res += res.length > 0 ? `${sep}..` : '..';
          lastSegmentLength = 2;
        }
      } else {
        const seg = p.slice(lastSlash + 1, i);
        res += res.length > 0 ? `${sep}${seg}` : seg;
        lastSegmentLength = i - lastSlash - 1;
      }
      lastSlash = i;
      dots = 0;
    } else if (c === '.' && dots !== -1) {
      ++dots;
    } else {
      dots = -1;
    }
  }
  return res;
}

// basename returns the last element of p (scanning down to start), less
// suffix when the element ends with it.
function basename(p, suffix, start, isSep) {
  let end = -1;
  let matchedSlash = true;
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= p.length) {
    if (suffix === p) return '';
    let extIdx = suffix.length - 1;
    let firstNonSlashEnd = -1;
    for (let i = p.length - 1; i >= start; --i) {
      const c = p[i];
      if (isSep(c)) {
        if (!matchedSlash) {
          start = i + 1;
          break;
        }
      } else {
        if (firstNonSlashEnd === -1) {
          matchedSlash = false;
          firstNonSlashEnd = i + 1;
        }
        if (extIdx >= 0) {
          if (c === suffix[extIdx]) {
            if (--extIdx === -1) end = i;
          } else {
            extIdx = -1;
            end = firstNonSlashEnd;
          }
        }
      }
    }
    if (start === end) end = firstNonSlashEnd;
    else if (end === -1) end = p.length;
    return p.slice(start, end);
  }
  for (let i = p.length - 1; i >= start; --i) {
    if (isSep(p[i])) {
      if (!matchedSlash) {
        start = i + 1;
        break;
      }
    } else if (end === -1) {
      matchedSlash = false;
      end = i + 1;
    }
  }
  return end === -1 ? '' : p.slice(start, end);
}

// lastPart scans p back to start for its last element: where it starts
// (startPart, or firstPart when the scan reaches start), ends (end, -1 if
// there is none) and where its extension starts (startDot, -1 if it has
// none: '.', '..' and dot files have none).
function lastPart(p, start, isSep, firstPart = start) {
  let startDot = -1;
  let startPart = firstPart;
  let end = -1;
  let matchedSlash = true;
  let preDotState = 0;
  for (let i = p.length - 1; i >= start; --i) {
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
  if (startDot === -1 || end === -1 || preDotState === 0 ||
      (preDotState === 1 && startDot === end - 1 && startDot === startPart + 1)) {
    startDot = -1;
  }
  return { startDot, startPart, end };
}

// format builds a path from parse()'s parts.
function format(sep, pathObject) {
  const dir = pathObject.dir || pathObject.root;
  const ext = pathObject.ext ? `${pathObject.ext[0] === '.' ? '' : '.'}${pathObject.ext}` : '';
  const base = pathObject.base || `${pathObject.name || ''}${ext}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

module.exports = { normalizeString, basename, lastPart, format };
