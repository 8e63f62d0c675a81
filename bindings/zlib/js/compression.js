'use strict';
// CompressionStream and DecompressionStream, the web's compression
// transforms: a zlib stream (gzip, deflate or deflate-raw) seen through
// the web-stream bridge of Duplex.toWeb, as Node builds them, so chunks
// are checked, and corrupt input errors the readable side, as the zlib
// stream reports them.

const zlib = require('zlib');
const { newReadableWritablePairFromDuplex } = require('internal/webstreams_adapters');
const { makeNodeError, invalidArgValue } = require('internal/errors');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
// Each class keeps its pair under its own key, which is its brand.
const kCompress = Symbol('kCompress');
const kDecompress = Symbol('kDecompress');

const formats = {
  compress: { 'deflate': zlib.createDeflate, 'deflate-raw': zlib.createDeflateRaw, 'gzip': zlib.createGzip },
  decompress: { 'deflate': zlib.createInflate, 'deflate-raw': zlib.createInflateRaw, 'gzip': zlib.createGunzip },
};

// open makes the zlib stream for format and the web pair over it.
function open(self, key, table, format) {
  if (typeof format !== 'string' || !Object.prototype.hasOwnProperty.call(table, format)) {
    throw invalidArgValue('format', format);
  }
  Object.defineProperty(self, key, { value: newReadableWritablePairFromDuplex(table[format]()) });
}

function pairOf(self, Class, key) {
  if (self === null || typeof self !== 'object' || !Object.prototype.hasOwnProperty.call(self, key)) {
    throw makeNodeError(TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${Class.name}`);
  }
  return self[key];
}

// show gives the object as Node's inspect does: its class name and its
// two sides, one level deeper.
function show(self, pair, depth, options, inspect) {
  if (typeof depth === 'number' && depth < 0) return self;
  const opts = Object.assign({}, options, { depth: options.depth == null ? null : options.depth - 1 });
  return `${self.constructor.name} ${inspect({ readable: pair.readable, writable: pair.writable }, opts)}`;
}

/** CompressionStream compresses the bytes written to it in format. */
class CompressionStream {
  constructor(format) {
    open(this, kCompress, formats.compress, format);
  }
  get readable() { return pairOf(this, CompressionStream, kCompress).readable; }
  get writable() { return pairOf(this, CompressionStream, kCompress).writable; }
  [customInspect](depth, options, inspect) { return show(this, pairOf(this, CompressionStream, kCompress), depth, options, inspect); }
}

/** DecompressionStream decompresses the bytes written to it in format. */
class DecompressionStream {
  constructor(format) {
    open(this, kDecompress, formats.decompress, format);
  }
  get readable() { return pairOf(this, DecompressionStream, kDecompress).readable; }
  get writable() { return pairOf(this, DecompressionStream, kDecompress).writable; }
  [customInspect](depth, options, inspect) { return show(this, pairOf(this, DecompressionStream, kDecompress), depth, options, inspect); }
}

for (const C of [CompressionStream, DecompressionStream]) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, { value: C.name, configurable: true });
  for (const k of ['readable', 'writable']) {
    Object.defineProperty(C.prototype, k, Object.assign(Object.getOwnPropertyDescriptor(C.prototype, k), { enumerable: true }));
  }
}

module.exports = { CompressionStream, DecompressionStream };
