'use strict';
// string_decoder: decodes Buffers to strings without splitting multi-byte
// characters across chunks.
const { Buffer } = require('buffer');

function normalizeEncoding(enc) {
  const e = String(enc === undefined || enc === null ? 'utf8' : enc).toLowerCase();
  switch (e) {
    case 'utf8': case 'utf-8': case '': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': case 'base64url': case 'ascii': case 'hex': return e;
  }
  const err = new TypeError('Unknown encoding: ' + enc);
  err.code = 'ERR_UNKNOWN_ENCODING';
  throw err;
}

// utf8Need returns how many bytes the character starting with byte b takes.
function utf8Need(b) {
  if (b <= 0x7f) return 1;
  if ((b & 0xe0) === 0xc0) return 2;
  if ((b & 0xf0) === 0xe0) return 3;
  if ((b & 0xf8) === 0xf0) return 4;
  return 0;
}

class StringDecoder {
  constructor(encoding) {
    this.encoding = normalizeEncoding(encoding);
    this.pending = Buffer.alloc(0);
  }
  write(buf) {
    if (typeof buf === 'string') return buf;
    if (!ArrayBuffer.isView(buf)) {
      const e = new TypeError('The "buf" argument must be an instance of Buffer, TypedArray, or DataView.' + require('internal/errors').describeReceived(buf));
      e.code = 'ERR_INVALID_ARG_TYPE';
      throw e;
    }
    if (!Buffer.isBuffer(buf)) buf = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
    if (buf.length === 0) return '';
    let data = this.pending.length ? Buffer.concat([this.pending, buf]) : buf;
    const keep = this._incomplete(data);
    this.pending = keep ? Buffer.from(data.subarray(data.length - keep)) : Buffer.alloc(0);
    if (keep) data = data.subarray(0, data.length - keep);
    return data.toString(this.encoding);
  }
  end(buf) {
    let out = buf ? this.write(buf) : '';
    if (this.pending.length) {
      out += this.pending.toString(this.encoding);
      this.pending = Buffer.alloc(0);
    }
    return out;
  }
  text(buf, offset) {
    return this.write(buf.subarray(offset));
  }
  // _incomplete returns how many trailing bytes start an unfinished unit.
  _incomplete(data) {
    const n = data.length;
    switch (this.encoding) {
      case 'utf8': {
        for (let back = 1; back <= Math.min(3, n); back++) {
          const b = data[n - back];
          if ((b & 0xc0) === 0x80) continue;
          const need = utf8Need(b);
          return need > back ? back : 0;
        }
        return 0;
      }
      case 'utf16le': {
        if (n % 2 === 1) return 1;
        const hi = data[n - 1];
        return hi >= 0xd8 && hi <= 0xdb ? 2 : 0;
      }
      case 'base64':
      case 'base64url':
        return n % 3;
      default:
        return 0;
    }
  }
  get lastNeed() {
    return this.pending.length ? Math.max(0, utf8Need(this.pending[0]) - this.pending.length) : 0;
  }
}

exports.StringDecoder = StringDecoder;
