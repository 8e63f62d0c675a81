'use strict';
// TextEncoder and TextDecoder (WHATWG Encoding), UTF-8 in Go.
const native = internalBinding('util');
const errors = require('internal/errors');

const labels = new Map();
function addLabels(name, list) {
  for (const l of list) labels.set(l, name);
}
addLabels('utf-8', ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8']);
addLabels('utf-16le', ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le']);
addLabels('utf-16be', ['unicodefffe', 'utf-16be']);
addLabels('windows-1252', ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1', 'iso-ir-100',
  'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252']);

// Node decodes the windows-1252 labels as ISO-8859-1: byte n is U+00nn.

function invalidThis(name) {
  return errors.makeNodeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type ' + name);
}

const kEncoder = Symbol('encoder');
class TextEncoder {
  constructor() { this[kEncoder] = true; }
  get encoding() {
    if (this == null || this[kEncoder] !== true) throw invalidThis('TextEncoder');
    return 'utf-8';
  }
  encode(input = '') {
    if (this == null || this[kEncoder] !== true) throw invalidThis('TextEncoder');
    return new Uint8Array(native.encodeUTF8(`${input}`));
  }
  encodeInto(src, dest) {
    if (this == null || this[kEncoder] !== true) throw invalidThis('TextEncoder');
    errors.validateString(src, 'src');
    if (!(dest instanceof Uint8Array)) throw errors.invalidArgType('dest', 'Uint8Array', dest);
    let read = 0;
    let written = 0;
    const cap = dest.length;
    for (let i = 0; i < src.length; i++) {
      let c = src.charCodeAt(i);
      let units = 1;
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < src.length) {
        const d = src.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          units = 2;
        }
      }
      if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
      const n = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
      if (written + n > cap) break;
      if (n === 1) dest[written] = c;
      else if (n === 2) {
        dest[written] = 0xc0 | (c >> 6);
        dest[written + 1] = 0x80 | (c & 0x3f);
      } else if (n === 3) {
        dest[written] = 0xe0 | (c >> 12);
        dest[written + 1] = 0x80 | ((c >> 6) & 0x3f);
        dest[written + 2] = 0x80 | (c & 0x3f);
      } else {
        dest[written] = 0xf0 | (c >> 18);
        dest[written + 1] = 0x80 | ((c >> 12) & 0x3f);
        dest[written + 2] = 0x80 | ((c >> 6) & 0x3f);
        dest[written + 3] = 0x80 | (c & 0x3f);
      }
      written += n;
      read += units;
      i += units - 1;
    }
    return { read, written };
  }
  [Symbol.for('nodejs.util.inspect.custom')](depth, opts, inspect) {
    if (typeof depth === 'number' && depth < 0) return this;
    return inspect({ encoding: this.encoding }, opts);
  }
}
Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, { value: 'TextEncoder', configurable: true });

const kState = Symbol('decoder');
class TextDecoder {
  constructor(encoding = 'utf-8', options = {}) {
    const label = `${encoding}`.trim().toLowerCase();
    const enc = labels.get(label);
    if (enc === undefined) {
      throw errors.makeNodeError(RangeError, 'ERR_ENCODING_NOT_SUPPORTED', `The "${encoding}" encoding is not supported`);
    }
    if (options !== undefined && options !== null && typeof options !== 'object' && typeof options !== 'function') {
      throw errors.invalidArgType('options', 'object', options);
    }
    const opts = options || {};
    this[kState] = { encoding: enc, fatal: !!opts.fatal, ignoreBOM: !!opts.ignoreBOM, pending: null, started: false };
  }
  get encoding() { return state(this).encoding; }
  get fatal() { return state(this).fatal; }
  get ignoreBOM() { return state(this).ignoreBOM; }
  decode(input = undefined, options = {}) {
    const st = state(this);
    let bytes;
    if (input === undefined || input === null) bytes = new Uint8Array(0);
    else if (input instanceof ArrayBuffer) bytes = new Uint8Array(input);
    else if (ArrayBuffer.isView(input)) bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    else throw errors.invalidArgType('input', ['ArrayBuffer', 'ArrayBufferView'], input);
    if (options !== null && options !== undefined && typeof options !== 'object') throw errors.invalidArgType('options', 'object', options);
    const stream = !!(options && options.stream);
    if (st.pending !== null) {
      const joined = new Uint8Array(st.pending.length + bytes.length);
      joined.set(st.pending);
      joined.set(bytes, st.pending.length);
      bytes = joined;
      st.pending = null;
    }
    let text;
    if (st.encoding === 'utf-8') {
      const res = native.decodeUTF8(bytes, st.fatal, stream);
      if (res === null) {
        st.started = false;
        throw errors.makeNodeError(TypeError, 'ERR_ENCODING_INVALID_ENCODED_DATA', 'The encoded data was not valid for encoding utf-8');
      }
      text = res[0];
      if (res[1] > 0) st.pending = bytes.slice(bytes.length - res[1]);
    } else if (st.encoding === 'windows-1252') {
      text = '';
      for (let i = 0; i < bytes.length; i++) {
        const b = bytes[i];
        text += String.fromCharCode(b);
      }
    } else {
      text = decodeUTF16(st, bytes, stream, st.encoding === 'utf-16be');
    }
    if (!st.started && text.length > 0) {
      st.started = true;
      if (!st.ignoreBOM && text.charCodeAt(0) === 0xfeff && st.encoding !== 'windows-1252') text = text.slice(1);
    }
    if (!stream) {
      st.started = false;
      st.pending = null;
    }
    return text;
  }
  [Symbol.for('nodejs.util.inspect.custom')](depth, opts, inspect) {
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = { encoding: this.encoding, fatal: this.fatal, ignoreBOM: this.ignoreBOM };
    return `${this.constructor.name} ${inspect(obj, opts)}`;
  }
}
Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, { value: 'TextDecoder', configurable: true });

function state(d) {
  const st = d == null ? undefined : d[kState];
  if (st === undefined) throw invalidThis('TextDecoder');
  return st;
}

function decodeUTF16(st, bytes, stream, bigEndian) {
  let n = bytes.length;
  const odd = n % 2;
  if (odd && stream) {
    st.pending = bytes.slice(n - 1);
    n--;
  }
  let text = '';
  for (let i = 0; i + 1 < n; i += 2) {
    text += String.fromCharCode(bigEndian ? (bytes[i] << 8) | bytes[i + 1] : bytes[i] | (bytes[i + 1] << 8));
  }
  // A dangling high surrogate waits for its pair while streaming.
  const last = text.charCodeAt(text.length - 1);
  if (stream && last >= 0xd800 && last <= 0xdbff) {
    const tail = bigEndian ? [last >> 8, last & 0xff] : [last & 0xff, last >> 8];
    const prev = st.pending || new Uint8Array(0);
    st.pending = new Uint8Array([...tail, ...prev]);
    text = text.slice(0, -1);
  }
  text = replaceLoneSurrogates(text, st);
  if (!stream && odd) {
    if (st.fatal) throw errors.makeNodeError(TypeError, 'ERR_ENCODING_INVALID_ENCODED_DATA', 'The encoded data was not valid for encoding ' + st.encoding);
    text += '\ufffd';
  }
  return text;
}

// replaceLoneSurrogates swaps unpaired surrogates for U+FFFD (or throws,
// when the decoder is fatal).
function replaceLoneSurrogates(text, st) {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
    }
    if (st.fatal) throw errors.makeNodeError(TypeError, 'ERR_ENCODING_INVALID_ENCODED_DATA', 'The encoded data was not valid for encoding ' + st.encoding);
    out += text.slice(from, i) + '\ufffd';
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

module.exports = { TextEncoder, TextDecoder, toUSVString: (s) => replaceLoneSurrogates(s, { fatal: false }) };
