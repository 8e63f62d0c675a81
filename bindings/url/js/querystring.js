'use strict';
// node:querystring: parse and stringify application/x-www-form-urlencoded
// strings the way node does, lenient about bad percent escapes.

const HEX = '0123456789ABCDEF';

// keep[c] is true for the ASCII characters escape() leaves alone:
// letters, digits and - . _ ~ ! * ' ( ).
const keep = new Array(128).fill(false);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!*'()") keep[c.charCodeAt(0)] = true;

function uriError() {
  const e = new URIError('URI malformed');
  e.code = 'ERR_INVALID_URI';
  const stack = e.stack;
  if (typeof stack === 'string') e.stack = 'URIError [ERR_INVALID_URI]: URI malformed' + stack.slice(stack.indexOf('\n') < 0 ? stack.length : stack.indexOf('\n'));
  return e;
}

function pct(b) {
  return '%' + HEX[b >> 4] + HEX[b & 15];
}

// encodeWith percent-encodes str as UTF-8, leaving the ASCII characters
// the table marks; a lone surrogate throws ERR_INVALID_URI.
function encodeWith(str, table) {
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80 && table[c]) continue;
    if (i > last) out += str.slice(last, i);
    if (c < 0x80) {
      out += pct(c);
    } else if (c < 0x800) {
      out += pct(0xC0 | (c >> 6)) + pct(0x80 | (c & 63));
    } else if (c < 0xD800 || c >= 0xE000) {
      out += pct(0xE0 | (c >> 12)) + pct(0x80 | ((c >> 6) & 63)) + pct(0x80 | (c & 63));
    } else {
      const next = i + 1 < str.length ? str.charCodeAt(i + 1) : 0;
      if (c >= 0xDC00 || next < 0xDC00 || next > 0xDFFF) throw uriError();
      i++;
      c = 0x10000 + ((c & 0x3FF) << 10) + (next & 0x3FF);
      out += pct(0xF0 | (c >> 18)) + pct(0x80 | ((c >> 12) & 63)) + pct(0x80 | ((c >> 6) & 63)) + pct(0x80 | (c & 63));
    }
    last = i + 1;
  }
  if (last === 0) return str;
  return last < str.length ? out + str.slice(last) : out;
}

function escape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return encodeWith(str, keep);
}

function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

// unescapeBuffer decodes %XX escapes (and '+' as a space when
// decodeSpaces) into bytes; malformed escapes stay as they are.
function unescapeBuffer(s, decodeSpaces) {
  const { Buffer } = require('buffer');
  const src = Buffer.from(String(s));
  const out = Buffer.allocUnsafe(src.length);
  let n = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === 43 && decodeSpaces) {
      out[n++] = 32;
      continue;
    }
    if (c === 37 && i + 2 < src.length) {
      const hi = hexValue(src[i + 1]);
      const lo = hexValue(src[i + 2]);
      if (hi >= 0 && lo >= 0) {
        out[n++] = hi * 16 + lo;
        i += 2;
        continue;
      }
    }
    out[n++] = c;
  }
  return out.slice(0, n);
}

function unescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch (e) {
    return unescapeBuffer(s, decodeSpaces).toString();
  }
}

// primitive renders a value the way stringify does: finite numbers,
// bigints, booleans and strings; anything else is empty.
function primitive(v) {
  switch (typeof v) {
    case 'string': return v;
    case 'number': return isFinite(v) ? '' + v : '';
    case 'bigint': return '' + v;
    case 'boolean': return v ? 'true' : 'false';
    default: return '';
  }
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  let encode = escape;
  if (options && typeof options.encodeURIComponent === 'function') encode = options.encodeURIComponent;
  const convert = (v) => {
    if (encode === escape && typeof v === 'number' && isFinite(v) && Math.abs(v) < 1e21) return '' + v;
    const s = primitive(v);
    return encode === escape && s === '' ? '' : encode(s);
  };
  if (obj === null || typeof obj !== 'object') return '';
  let out = '';
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    const ks = convert(k) + eq;
    if (Array.isArray(v)) {
      if (v.length === 0) continue;
      if (out) out += sep;
      for (let j = 0; j < v.length; j++) {
        if (j) out += sep;
        out += ks + convert(v[j]);
      }
    } else {
      if (out) out += sep;
      out += ks + convert(v);
    }
  }
  return out;
}

function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? String(sep) : '&';
  eq = eq ? String(eq) : '=';
  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  const limit = maxKeys > 0 ? maxKeys : Infinity;
  let decode = unescape;
  if (options && typeof options.decodeURIComponent === 'function') decode = options.decodeURIComponent;
  const custom = decode !== unescape;

  const decodePart = (s) => {
    if (s.indexOf('+') !== -1) s = s.replace(/\+/g, ' ');
    if (!custom && s.indexOf('%') === -1) return s;
    try {
      return decode(s);
    } catch (e) {
      return unescape(s, true);
    }
  };

  let pairs = 0;
  let pos = 0;
  while (pos <= qs.length && pairs < limit) {
    let end = qs.indexOf(sep, pos);
    if (end === -1) end = qs.length;
    const part = qs.slice(pos, end);
    pos = end + sep.length;
    if (part.length === 0) {
      if (end >= qs.length) break;
      continue;
    }
    const at = part.indexOf(eq);
    const rawKey = at === -1 ? part : part.slice(0, at);
    const rawValue = at === -1 ? '' : part.slice(at + eq.length);
    const key = decodePart(rawKey);
    const value = decodePart(rawValue);
    pairs++;
    const cur = obj[key];
    if (cur === undefined) obj[key] = value;
    else if (Array.isArray(cur)) cur.push(value);
    else obj[key] = [cur, value];
    if (end >= qs.length) break;
  }
  return obj;
}

module.exports = {
  unescapeBuffer,
  unescape,
  escape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
