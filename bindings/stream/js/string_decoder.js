'use strict';
// string_decoder: decodes Buffers to strings without splitting characters
// across chunks, with Node's exact rules: the bytes of an unfinished
// character wait in a 4-byte buffer (lastChar) until lastNeed more arrive;
// a UTF-8 sequence broken by a non-continuation byte decodes to U+FFFD;
// UTF-16 holds back a lone lead surrogate; base64 holds back bytes that do
// not fill a 3-byte group.
const { Buffer } = require('buffer');
const errors = require('internal/errors');

// A decoder's whole state is one 7-byte buffer, laid out as Node's is (so
// that inspecting a decoder shows what node shows): the pending bytes of
// an unfinished character, how many it still lacks, how many it has, and
// the encoding's number.
const kNativeDecoder = Symbol('kNativeDecoder');
const kMissing = 4;
const kBuffered = 5;
const kEncoding = 6;
const encodingIds = { ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, base64url: 7 };

function normalizeEncoding(enc) {
  const e = String(enc === undefined || enc === null ? 'utf8' : enc).toLowerCase();
  switch (e) {
    case 'utf8': case 'utf-8': case '': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': case 'base64url': case 'ascii': case 'hex': return e;
  }
  throw errors.makeNodeError(TypeError, 'ERR_UNKNOWN_ENCODING', require('internal/inspect').format('Unknown encoding: %s', enc));
}

// holdsState reports whether enc can split a character across chunks.
function holdsState(enc) {
  return enc === 'utf8' || enc === 'utf16le' || enc === 'base64' || enc === 'base64url';
}

// StringDecoder is a plain function, as in Node: it may be called on an
// object of the caller's (StringDecoder.call(obj)) as well as with new.
function StringDecoder(encoding) {
  this.encoding = normalizeEncoding(encoding);
  const state = Buffer.alloc(7);
  state[kEncoding] = encodingIds[this.encoding];
  this[kNativeDecoder] = state;
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) throw errors.invalidArgType('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  const state = this[kNativeDecoder];
  if (state === undefined) {
    throw errors.makeNodeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type StringDecoder');
  }
  if (!(buf instanceof Buffer)) buf = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  const enc = this.encoding;
  if (!holdsState(enc)) return buf.toString(enc);
  let start = 0;
  const len = buf.length;
  let prefix = '';
  if (state[kMissing] > 0) {
    if (enc === 'utf8') {
      // A byte that cannot continue the pending character ends it.
      for (let i = 0; i < len && i < state[kMissing]; i++) {
        if ((buf[i] & 0xc0) !== 0x80) {
          state[kMissing] = 0;
          buf.copy(state, state[kBuffered], 0, i);
          state[kBuffered] += i;
          start = i;
          break;
        }
      }
    }
    const take = Math.min(len - start, state[kMissing]);
    buf.copy(state, state[kBuffered], start, start + take);
    state[kMissing] -= take;
    state[kBuffered] += take;
    start += take;
    if (state[kMissing] === 0) {
      prefix = state.toString(enc, 0, state[kBuffered]);
      state[kBuffered] = 0;
    }
  }
  if (start >= len) return prefix;
  let end = len;
  let keep = 0;
  if (enc === 'utf8') {
    if (buf[end - 1] & 0x80) keep = utf8Tail(state, buf, start, end);
  } else if (enc === 'utf16le') {
    if ((end - start) % 2 === 1) {
      keep = 1;
      state[kMissing] = 1;
    } else if ((buf[end - 1] & 0xfc) === 0xd8) {
      keep = 2;
      state[kMissing] = 2;
    }
  } else {
    keep = (end - start) % 3;
    if (keep > 0) state[kMissing] = 3 - keep;
  }
  if (keep > 0) {
    buf.copy(state, 0, end - keep, end);
    state[kBuffered] = keep;
    end -= keep;
  }
  const body = end > start ? buf.toString(enc, start, end) : '';
  return prefix + body;
};

StringDecoder.prototype.end = function end(buf) {
  let out = buf === undefined ? '' : this.write(buf);
  const state = this[kNativeDecoder];
  if (this.encoding === 'utf16le' && state[kBuffered] % 2 === 1) {
    // A single trailing byte of UTF-16 is dropped, as Node does.
    state[kBuffered]--;
    state[kMissing]--;
  }
  if (state[kBuffered] > 0) out += state.toString(this.encoding, 0, state[kBuffered]);
  state[kBuffered] = 0;
  state[kMissing] = 0;
  return out;
};

StringDecoder.prototype.text = function text(buf, offset) {
  const state = this[kNativeDecoder];
  state[kBuffered] = 0;
  state[kMissing] = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder].subarray(0, kMissing);
    },
  },
  lastNeed: {
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kMissing];
    },
  },
  lastTotal: {
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kBuffered] + this[kNativeDecoder][kMissing];
    },
  },
});

// utf8Tail finds an unfinished character at the end of buf[start:end],
// records in state how many bytes it lacks and returns how many it has.
function utf8Tail(state, buf, start, end) {
  let have = 0;
  for (let i = end - 1; i >= start; i--) {
    have++;
    const b = buf[i];
    if ((b & 0xc0) === 0x80) {
      if (have >= 4 || i === start) return 0;
      continue;
    }
    let need;
    if ((b & 0xe0) === 0xc0) need = 2;
    else if ((b & 0xf0) === 0xe0) need = 3;
    else if ((b & 0xf8) === 0xf0) need = 4;
    else return 0;
    if (have >= need) return 0;
    state[kMissing] = need - have;
    return have;
  }
  return 0;
}

exports.StringDecoder = StringDecoder;
