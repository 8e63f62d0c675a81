'use strict';
// buffer: goja_nodejs's Go-backed Buffer, completed with the parts of
// Node's API it lacks.
const native = internalBinding('buffer');
const Buffer = native.Buffer;
// goja_nodejs names the constructor after its Go method.
Object.defineProperty(Buffer, 'name', { value: 'Buffer', configurable: true });
module.exports = native;

const encodings = new Set(['utf8', 'utf-8', 'hex', 'base64', 'base64url', 'ascii', 'latin1', 'binary', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le']);

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};
Buffer.isEncoding = function isEncoding(enc) {
  return typeof enc === 'string' && enc.length !== 0 && encodings.has(enc.toLowerCase());
};
Buffer.byteLength = function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || string instanceof ArrayBuffer) return string.byteLength;
    throw require('internal/errors').invalidArgType('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  return Buffer.from(string, encoding).length;
};
Buffer.allocUnsafe = function allocUnsafe(size) {
  return Buffer.alloc(size);
};
Buffer.allocUnsafeSlow = Buffer.allocUnsafe;
Buffer.compare = function compare(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
};

const proto = Buffer.prototype;
proto.compare = function compare(target, tStart = 0, tEnd = target.length, sStart = 0, sEnd = this.length) {
  return Buffer.compare(this.subarray(sStart, sEnd), target.subarray(tStart, tEnd));
};
proto.copy = function copy(target, targetStart = 0, sourceStart = 0, sourceEnd = this.length) {
  if (sourceEnd > this.length) sourceEnd = this.length;
  const n = Math.max(0, Math.min(sourceEnd - sourceStart, target.length - targetStart));
  if (n <= 0) return 0;
  Uint8Array.prototype.set.call(target, this.subarray(sourceStart, sourceStart + n), targetStart);
  return n;
};
proto.toJSON = function toJSON() {
  return { type: 'Buffer', data: Array.from(this) };
};
function swap(buf, size) {
  if (buf.length % size !== 0) {
    const e = new RangeError('Buffer size must be a multiple of ' + size * 8 + '-bits');
    e.code = 'ERR_INVALID_BUFFER_SIZE';
    throw e;
  }
  for (let i = 0; i < buf.length; i += size) {
    for (let j = 0; j < size / 2; j++) {
      const t = buf[i + j];
      buf[i + j] = buf[i + size - 1 - j];
      buf[i + size - 1 - j] = t;
    }
  }
  return buf;
}
proto.swap16 = function swap16() { return swap(this, 2); };
proto.swap32 = function swap32() { return swap(this, 4); };
proto.swap64 = function swap64() { return swap(this, 8); };
const customInspect = Symbol.for('nodejs.util.inspect.custom');
proto[customInspect] = function inspect(depth, ctx) {
  const max = 50;
  let str = '';
  const n = Math.min(max, this.length);
  for (let i = 0; i < n; i++) str += (i ? ' ' : '') + (this[i] < 16 ? '0' : '') + this[i].toString(16);
  if (this.length > max) str += ' ... ' + (this.length - max) + ' more byte' + (this.length - max > 1 ? 's' : '');
  return '<' + this.constructor.name + (str ? ' ' + str : '') + '>';
};
proto.inspect = proto[customInspect];
native.INSPECT_MAX_BYTES = 50;
native.SlowBuffer = Buffer;
