'use strict';
// string_decoder: decodes Buffers to strings without splitting characters
// across chunks, with Node's exact rules: the bytes of an unfinished
// character wait in a 4-byte buffer (lastChar) until lastNeed more arrive;
// a UTF-8 sequence broken by a non-continuation byte decodes to U+FFFD;
// UTF-16 holds back a lone lead surrogate; base64 holds back bytes that do
// not fill a 3-byte group.
const { Buffer } = require('buffer');
const errors = require('internal/errors');

const kBuffered = Symbol('kBufferedBytes');
const kMissing = Symbol('kMissingBytes');
const kChar = Symbol('kIncompleteCharacter');

function normalizeEncoding(enc) {
  const e = String(enc === undefined || enc === null ? 'utf8' : enc).toLowerCase();
  switch (e) {
    case 'utf8': case 'utf-8': case '': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': case 'base64url': case 'ascii': case 'hex': return e;
  }
  throw errors.makeNodeError(TypeError, 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: ' + enc);
}

// holdsState reports whether enc can split a character across chunks.
function holdsState(enc) {
  return enc === 'utf8' || enc === 'utf16le' || enc === 'base64' || enc === 'base64url';
}

class StringDecoder {
  constructor(encoding) {
    this.encoding = normalizeEncoding(encoding);
    this[kChar] = Buffer.alloc(4);
    this[kBuffered] = 0;
    this[kMissing] = 0;
  }

  get lastChar() {
    return this[kChar];
  }

  get lastNeed() {
    return this[kMissing];
  }

  get lastTotal() {
    return this[kBuffered] + this[kMissing];
  }

  write(buf) {
    if (typeof buf === 'string') return buf;
    if (!ArrayBuffer.isView(buf)) throw errors.invalidArgType('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
    if (!(buf instanceof Buffer)) buf = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
    const enc = this.encoding;
    if (!holdsState(enc)) return buf.toString(enc);
    let start = 0;
    const len = buf.length;
    let prefix = '';
    if (this[kMissing] > 0) {
      if (enc === 'utf8') {
        // A byte that cannot continue the pending character ends it.
        for (let i = 0; i < len && i < this[kMissing]; i++) {
          if ((buf[i] & 0xc0) !== 0x80) {
            this[kMissing] = 0;
            buf.copy(this[kChar], this[kBuffered], 0, i);
            this[kBuffered] += i;
            start = i;
            break;
          }
        }
      }
      const take = Math.min(len - start, this[kMissing]);
      buf.copy(this[kChar], this[kBuffered], start, start + take);
      this[kMissing] -= take;
      this[kBuffered] += take;
      start += take;
      if (this[kMissing] === 0) {
        prefix = this[kChar].toString(enc, 0, this[kBuffered]);
        this[kBuffered] = 0;
      }
    }
    if (start >= len) return prefix;
    let end = len;
    let keep = 0;
    if (enc === 'utf8') {
      if (buf[end - 1] & 0x80) keep = this._utf8Tail(buf, start, end);
    } else if (enc === 'utf16le') {
      if ((end - start) % 2 === 1) {
        keep = 1;
        this[kMissing] = 1;
      } else if ((buf[end - 1] & 0xfc) === 0xd8) {
        keep = 2;
        this[kMissing] = 2;
      }
    } else {
      keep = (end - start) % 3;
      if (keep > 0) this[kMissing] = 3 - keep;
    }
    if (keep > 0) {
      buf.copy(this[kChar], 0, end - keep, end);
      this[kBuffered] = keep;
      end -= keep;
    }
    const body = end > start ? buf.toString(enc, start, end) : '';
    return prefix + body;
  }

  // _utf8Tail finds an unfinished character at the end of buf[start:end],
  // records how many bytes it lacks and returns how many it has.
  _utf8Tail(buf, start, end) {
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
      this[kMissing] = need - have;
      return have;
    }
    return 0;
  }

  end(buf) {
    let out = buf === undefined ? '' : this.write(buf);
    if (this.encoding === 'utf16le' && this[kBuffered] % 2 === 1) {
      // A single trailing byte of UTF-16 is dropped, as Node does.
      this[kBuffered]--;
      this[kMissing]--;
    }
    if (this[kBuffered] > 0) out += this[kChar].toString(this.encoding, 0, this[kBuffered]);
    this[kBuffered] = 0;
    this[kMissing] = 0;
    return out;
  }

  text(buf, offset) {
    this[kBuffered] = 0;
    this[kMissing] = 0;
    return this.write(buf.slice(offset));
  }
}

exports.StringDecoder = StringDecoder;
