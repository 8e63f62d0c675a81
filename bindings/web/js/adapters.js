'use strict';
// The bridges between Node streams and web streams behind Readable.toWeb
// and fromWeb, Writable.toWeb and fromWeb, and Duplex.toWeb and fromWeb:
// data, backpressure, end, errors and cancellation cross in both directions.

const stream = require('stream');
const errors = require('internal/errors');
const { ReadableStream, WritableStream, CountQueuingStrategy } = require('stream/web');

// mustBeAn is Node's wording for a Node stream of the wrong kind.
function mustBeAn(name, type, v) {
  return errors.makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${name}" argument must be an ${type}.${errors.describeReceived(v)}`);
}

function isReadableStream(v) {
  return v instanceof ReadableStream;
}

function isWritableStream(v) {
  return v instanceof WritableStream;
}

// prematureToAbort turns finished()'s premature-close error into the
// AbortError Node reports to the web side.
function prematureToAbort(err) {
  if (err && err.code === 'ERR_STREAM_PREMATURE_CLOSE') return errors.abortError(err);
  return err;
}

function deferred() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function newReadableStreamFromStreamReadable(readable, options = {}) {
  if (readable === null || typeof readable !== 'object' || typeof readable._readableState !== 'object' || typeof readable.on !== 'function') {
    throw mustBeAn('streamReadable', 'stream.Readable', readable);
  }
  if (stream.isDestroyed(readable) || !stream.isReadable(readable)) {
    const out = new ReadableStream();
    out.cancel();
    return out;
  }
  const objectMode = readable.readableObjectMode;
  const highWaterMark = readable.readableHighWaterMark;
  let strategy = options.strategy;
  if (strategy === undefined) {
    strategy = objectMode ? new CountQueuingStrategy({ highWaterMark }) : { highWaterMark, size(chunk) { return chunk.byteLength; } };
  }
  let controller;
  const onData = (chunk) => {
    if (Buffer.isBuffer(chunk) && !objectMode) chunk = new Uint8Array(chunk);
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) readable.pause();
  };
  const cleanup = stream.finished(readable, (err) => {
    cleanup();
    readable.removeListener('data', onData);
    readable.on('error', () => {});
    err = prematureToAbort(err);
    if (err) controller.error(err);
    else controller.close();
  });
  readable.on('data', onData);
  return new ReadableStream({
    start(c) { controller = c; },
    pull() { readable.resume(); },
    cancel(reason) { stream.destroy(readable, reason); },
  }, strategy);
}

function newStreamReadableFromReadableStream(readableStream, options = {}) {
  if (!isReadableStream(readableStream)) throw errors.invalidArgType('readableStream', 'ReadableStream', readableStream);
  errors.validateObject(options, 'options');
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  if (encoding !== undefined && !Buffer.isEncoding(encoding)) {
    throw errors.invalidArgValue(encoding, 'options.encoding');
  }
  errors.validateBoolean(objectMode, 'options.objectMode');
  const reader = readableStream.getReader();
  let closed = false;
  const readable = new stream.Readable({
    objectMode, highWaterMark, encoding, signal,
    read() {
      reader.read().then((r) => {
        if (r.done) readable.push(null);
        else readable.push(r.value);
      }, (err) => stream.destroy(readable, err));
    },
    destroy(err, callback) {
      const done = () => {
        try {
          callback(err);
        } catch (e) {
          process.nextTick(() => { throw e; });
        }
      };
      if (!closed) {
        reader.cancel(err).then(done, done);
        return;
      }
      done();
    },
  });
  reader.closed.then(() => { closed = true; }, (err) => {
    closed = true;
    stream.destroy(readable, err);
  });
  return readable;
}

function newWritableStreamFromStreamWritable(writable) {
  // Anything with write() and on() will do, as in node: a Writable, a
  // Duplex that is not writable (which gets a closed WritableStream), or
  // an http.OutgoingMessage, which is no Writable.
  if (writable === null || typeof writable !== 'object' || typeof writable.write !== 'function' || typeof writable.on !== 'function') {
    throw mustBeAn('streamWritable', 'stream.Writable', writable);
  }
  if (stream.isDestroyed(writable) || !stream.isWritable(writable)) {
    const out = new WritableStream();
    out.close();
    return out;
  }
  const highWaterMark = writable.writableHighWaterMark;
  const strategy = writable.writableObjectMode ? new CountQueuingStrategy({ highWaterMark }) : { highWaterMark };
  let controller;
  let backpressure;
  let closed;
  const onDrain = () => { if (backpressure !== undefined) backpressure.resolve(); };
  const cleanup = stream.finished(writable, (err) => {
    cleanup();
    writable.removeListener('drain', onDrain);
    writable.on('error', () => {});
    err = prematureToAbort(err);
    if (err != null) {
      if (backpressure !== undefined) backpressure.reject(err);
      if (closed !== undefined) {
        closed.reject(err);
        closed = undefined;
      }
      controller.error(err);
      controller = undefined;
      return;
    }
    if (closed !== undefined) {
      closed.resolve();
      closed = undefined;
      return;
    }
    controller.error(errors.abortError());
    controller = undefined;
  });
  writable.on('drain', onDrain);
  return new WritableStream({
    start(c) { controller = c; },
    write(chunk) {
      if (writable.writableNeedDrain || !writable.write(chunk)) {
        backpressure = deferred();
        return backpressure.promise.then(() => { backpressure = undefined; }, (err) => {
          backpressure = undefined;
          throw err;
        });
      }
      return undefined;
    },
    abort(reason) { stream.destroy(writable, reason); },
    close() {
      if (closed === undefined && !writable.writableEnded) {
        closed = deferred();
        writable.end();
        return closed.promise;
      }
      controller = undefined;
      return Promise.resolve();
    },
  }, strategy);
}

// writeTo and closeWriter are the Writable side of a web writer, shared by
// Writable.fromWeb and Duplex.fromWeb.
function writeMethods(writer, self, decodeStrings, objectMode) {
  return {
    write(chunk, encoding, callback) {
      if (typeof chunk === 'string' && decodeStrings && !objectMode) {
        const b = Buffer.from(chunk, encoding);
        chunk = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
      }
      const done = (err) => {
        try {
          callback(err);
        } catch (e) {
          stream.destroy(self(), e);
        }
      };
      writer.ready.then(() => writer.write(chunk).then(() => done(), done), done);
    },
    final(callback) {
      const done = (err) => {
        try {
          callback(err);
        } catch (e) {
          process.nextTick(() => stream.destroy(self(), e));
        }
      };
      writer.close().then(() => done(), done);
    },
  };
}

function newStreamWritableFromWritableStream(writableStream, options = {}) {
  if (!isWritableStream(writableStream)) throw errors.invalidArgType('writableStream', 'WritableStream', writableStream);
  errors.validateObject(options, 'options');
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  errors.validateBoolean(objectMode, 'options.objectMode');
  errors.validateBoolean(decodeStrings, 'options.decodeStrings');
  const writer = writableStream.getWriter();
  let closed = false;
  const methods = writeMethods(writer, () => writable, decodeStrings, objectMode);
  const writable = new stream.Writable({
    highWaterMark, objectMode, decodeStrings, signal,
    write: methods.write,
    final(callback) {
      if (!closed) methods.final(callback);
    },
    destroy(err, callback) {
      const done = () => {
        try {
          callback(err);
        } catch (e) {
          process.nextTick(() => { throw e; });
        }
      };
      if (!closed) {
        (err != null ? writer.abort(err) : writer.close()).then(done, done);
        return;
      }
      done();
    },
  });
  writer.closed.then(() => {
    closed = true;
    if (!writable.writableEnded) {
      stream.destroy(writable, errors.makeNodeError(Error, 'ERR_STREAM_PREMATURE_CLOSE', 'Premature close'));
    }
  }, (err) => {
    closed = true;
    stream.destroy(writable, err);
  });
  return writable;
}

function newReadableWritablePairFromDuplex(duplex) {
  if (duplex === null || typeof duplex !== 'object' || typeof duplex._writableState !== 'object' || typeof duplex._readableState !== 'object') {
    throw mustBeAn('duplex', 'stream.Duplex', duplex);
  }
  if (stream.isDestroyed(duplex)) {
    const writable = new WritableStream();
    const readable = new ReadableStream();
    writable.close();
    readable.cancel();
    return { readable, writable };
  }
  const writable = stream.isWritable(duplex) ? newWritableStreamFromStreamWritable(duplex) : new WritableStream();
  if (!stream.isWritable(duplex)) writable.close();
  const readable = stream.isReadable(duplex) ? newReadableStreamFromStreamReadable(duplex) : new ReadableStream();
  if (!stream.isReadable(duplex)) readable.cancel();
  return { writable, readable };
}

function newStreamDuplexFromReadableWritablePair(pair = {}, options = {}) {
  errors.validateObject(pair, 'pair');
  const { readable: readableStream, writable: writableStream } = pair;
  if (!isReadableStream(readableStream)) throw errors.invalidArgType('pair.readable', 'ReadableStream', readableStream);
  if (!isWritableStream(writableStream)) throw errors.invalidArgType('pair.writable', 'WritableStream', writableStream);
  errors.validateObject(options, 'options');
  const { allowHalfOpen = false, objectMode = false, encoding, decodeStrings = true, highWaterMark, signal } = options;
  errors.validateBoolean(objectMode, 'options.objectMode');
  if (encoding !== undefined && !Buffer.isEncoding(encoding)) {
    throw errors.invalidArgValue(encoding, 'options.encoding');
  }
  const writer = writableStream.getWriter();
  const reader = readableStream.getReader();
  let writableClosed = false;
  let readableClosed = false;
  const methods = writeMethods(writer, () => duplex, decodeStrings, objectMode);
  const duplex = new stream.Duplex({
    allowHalfOpen, highWaterMark, objectMode, encoding, decodeStrings, signal,
    write: methods.write,
    final(callback) {
      if (!writableClosed) methods.final(callback);
    },
    read() {
      reader.read().then((r) => {
        if (r.done) duplex.push(null);
        else duplex.push(r.value);
      }, (err) => stream.destroy(duplex, err));
    },
    destroy(err, callback) {
      const done = () => {
        try {
          callback(err);
        } catch (e) {
          process.nextTick(() => { throw e; });
        }
      };
      const pending = [];
      if (!writableClosed) pending.push(err != null ? writer.abort(err) : writer.close());
      if (!readableClosed) pending.push(reader.cancel(err));
      Promise.all(pending).then(done, done);
    },
  });
  writer.closed.then(() => {
    writableClosed = true;
    if (!duplex.writableEnded) stream.destroy(duplex, errors.makeNodeError(Error, 'ERR_STREAM_PREMATURE_CLOSE', 'Premature close'));
  }, (err) => {
    writableClosed = true;
    readableClosed = true;
    stream.destroy(duplex, err);
  });
  reader.closed.then(() => { readableClosed = true; }, (err) => {
    writableClosed = true;
    readableClosed = true;
    stream.destroy(duplex, err);
  });
  return duplex;
}

module.exports = {
  newReadableStreamFromStreamReadable, newStreamReadableFromReadableStream,
  newWritableStreamFromStreamWritable, newStreamWritableFromWritableStream,
  newReadableWritablePairFromDuplex, newStreamDuplexFromReadableWritablePair,
};
