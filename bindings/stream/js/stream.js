'use strict';
// Node's stream module: readable-stream's classes and helpers, exported
// under Node's names and in Node's key order.
const rs = require('internal/readable_stream');
const Stream = rs.Stream;
module.exports = Stream;

const kDrained = Symbol('kDrained');

// DuplexSide is one end of duplexPair(): what one side writes, the other
// reads, and a write completes when the other side wants more data.
class DuplexSide extends rs.Duplex {
  constructor(options) {
    super(options);
    this.peer = null;
    this[kDrained] = null;
  }
  _read() {
    const cb = this[kDrained];
    if (cb) {
      this[kDrained] = null;
      cb();
    }
  }
  _write(chunk, encoding, callback) {
    if (chunk.length === 0) {
      process.nextTick(callback);
      return;
    }
    this.peer.push(chunk);
    this.peer[kDrained] = callback;
  }
  _final(callback) {
    this.peer.on('end', callback);
    this.peer.push(null);
  }
}

function duplexPair(options) {
  const a = new DuplexSide(options);
  const b = new DuplexSide(options);
  a.peer = b;
  b.peer = a;
  return [a, b];
}

const own = {
  isDestroyed: rs.isDestroyed,
  isDisturbed: rs.isDisturbed,
  isErrored: rs.isErrored,
  isReadable: rs.isReadable,
  isWritable: rs.isWritable,
  Readable: rs.Readable,
  Writable: rs.Writable,
  Duplex: rs.Duplex,
  Transform: rs.Transform,
  PassThrough: rs.PassThrough,
  duplexPair,
  pipeline: rs.pipeline,
  addAbortSignal: rs.addAbortSignal,
  finished: rs.finished,
  destroy: rs.destroy,
  compose: rs.compose,
  setDefaultHighWaterMark: rs.setDefaultHighWaterMark,
  getDefaultHighWaterMark: rs.getDefaultHighWaterMark,
};
const promisesDesc = Object.getOwnPropertyDescriptor(Stream, 'promises');
for (const k of Object.keys(Stream)) delete Stream[k];
for (const k of Object.keys(own)) {
  if (own[k] !== undefined) Stream[k] = own[k];
}
Object.defineProperty(Stream, 'promises', {
  enumerable: true,
  configurable: true,
  get() { return promisesDesc.get ? promisesDesc.get() : promisesDesc.value; },
});
Stream.Stream = Stream;
Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._isUint8Array = (v) => v instanceof Uint8Array;
Stream._uint8ArrayToBuffer = (chunk) => Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);

// toWeb and fromWeb bridge to web streams (bindings/web).
function adapter(name) {
  return function (...args) { return require('internal/webstreams_adapters')[name](...args); };
}
rs.Readable.toWeb = adapter('newReadableStreamFromStreamReadable');
rs.Readable.fromWeb = adapter('newStreamReadableFromReadableStream');
rs.Writable.toWeb = adapter('newWritableStreamFromStreamWritable');
rs.Writable.fromWeb = adapter('newStreamWritableFromWritableStream');
rs.Duplex.toWeb = adapter('newReadableWritablePairFromDuplex');
rs.Duplex.fromWeb = adapter('newStreamDuplexFromReadableWritablePair');
