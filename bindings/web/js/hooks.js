'use strict';
// Node's argument checks and error codes for the web streams classes, and
// the promise Node's stream utilities wait on. The bundled reference
// implementation (web_streams.js) makes its TypeErrors and RangeErrors
// through the two constructors below, which give the same situations
// Node's codes and messages; its constructors call the check* functions
// first, so that bad arguments are reported as Node reports them; and it
// calls settle when a stream closes or errors.

const errors = require('internal/errors');
const { makeNodeError, invalidArgType, invalidArgValue } = errors;
const NativeTypeError = globalThis.TypeError;
const NativeRangeError = globalThis.RangeError;

function invalidState(message) {
  return makeNodeError(NativeTypeError, 'ERR_INVALID_STATE', 'Invalid state: ' + message);
}

// stateMessages maps the implementation's messages to Node's
// ERR_INVALID_STATE ones.
const stateMessages = new Map([
  ['This stream has already been locked for exclusive reading by another reader', 'ReadableStream is locked'],
  ['This stream has already been locked for exclusive writing by another writer', 'WritableStream is locked'],
  ['The stream is not in a state that permits enqueue', 'Controller is already closed'],
  ['The stream is not in a state that permits close', 'Controller is already closed'],
  ['Cannot cancel a stream that already has a reader', 'ReadableStream is locked'],
  ['Cannot abort a stream that already has a writer', 'WritableStream is locked'],
  ['Cannot close a stream that already has a writer', 'WritableStream is locked'],
  ['Reader was released and can no longer be used to monitor the stream\'s closedness', 'Reader released'],
  ['Reader was released', 'Releasing reader'],
  ['Writer was released and can no longer be used to monitor the stream\'s closedness', 'Writer released'],
  ['Cannot close an already-closing stream', 'Failure to close WritableStream'],
  ['The stream is closing or closed and cannot be written to', 'WritableStream is closed'],
  ['ReadableStream.prototype.pipeTo cannot be used on a locked ReadableStream', 'The ReadableStream is locked'],
  ['ReadableStream.prototype.pipeTo cannot be used on a locked WritableStream', 'The WritableStream is locked'],
  ['ReadableStream.prototype.pipeThrough cannot be used on a locked ReadableStream', 'The ReadableStream is locked'],
  ['ReadableStream.prototype.pipeThrough cannot be used on a locked WritableStream', 'The WritableStream is locked'],
  ['Readable side is not in a state that permits enqueue', 'Unable to enqueue'],
  ['view must have non-zero byteLength', 'View or Viewed ArrayBuffer is zero-length or detached'],
  ['view\'s buffer must have non-zero byteLength', 'View or Viewed ArrayBuffer is zero-length or detached'],
  ['view\'s buffer has been detached', 'View or Viewed ArrayBuffer is zero-length or detached'],
  ['This BYOB request has been invalidated', 'This BYOB request has been invalidated'],
  ['chunk must have non-zero byteLength', 'chunk ArrayBuffer is zero-length or detached'],
  ['chunk\'s buffer must have non-zero byteLength', 'chunk ArrayBuffer is zero-length or detached'],
  ['chunk\'s buffer is detached and so cannot be enqueued', 'chunk ArrayBuffer is zero-length or detached'],
  ['The stream has already been closed; do not close it again!', 'Controller is already closed'],
]);

// TypeError stands in for the global one inside the implementation: `new
// TypeError(message)` returns Node's error for that situation.
function TypeError(message) {
  const m = String(message);
  const state = stateMessages.get(m);
  if (state !== undefined) return invalidState(state);
  let match = /^\w+\.prototype\.\w+ can only be used on an? (\w+)$/.exec(m);
  if (match) return makeNodeError(NativeTypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${match[1]}`);
  if (/^The stream \(in \w+ state\) is not in the readable state and cannot be (closed|enqueued to)$/.test(m)) {
    return invalidState('ReadableStream is already closed');
  }
  if (/^The stream \(in \w+ state\) is not in the writable state and cannot be closed$/.test(m)) {
    return invalidState('WritableStream is closed');
  }
  if (/^Cannot .+ a stream using a released reader$/.test(m)) return invalidState('The reader is not attached to a stream');
  if (/^Cannot .+ a stream using a released writer$/.test(m)) return invalidState('Writer is not bound to a WritableStream');
  if (m === 'Illegal constructor') return makeNodeError(NativeTypeError, 'ERR_ILLEGAL_CONSTRUCTOR', m);
  return new NativeTypeError(m);
}
TypeError.prototype = NativeTypeError.prototype;

// RangeError likewise stands in for the global RangeError.
function RangeError(message) {
  return new NativeRangeError(String(message));
}
RangeError.prototype = NativeRangeError.prototype;

// notView is Node's error for a chunk or view that is not an
// ArrayBufferView.
function notView(name, v) {
  return invalidArgType(name, ['Buffer', 'TypedArray', 'DataView'], v);
}

// badArgValue is Node's RangeError for a size or byte count out of range.
function badArgValue(name, v) {
  return makeNodeError(NativeRangeError, 'ERR_INVALID_ARG_VALUE', invalidArgValue(name, v).message);
}

function isObject(v) {
  return (typeof v === 'object' && v !== null) || typeof v === 'function';
}

function checkObject(v, name) {
  if (v === null || typeof v !== 'object') throw invalidArgType(name, 'object', v);
}

function checkMember(obj, key, name) {
  const v = obj[key];
  if (v !== undefined && typeof v !== 'function') throw invalidArgType(`${name}.${key}`, 'function', v);
}

function checkStrategy(strategy, name, bytes) {
  checkObject(strategy, name);
  const hwm = strategy.highWaterMark;
  if (hwm !== undefined) {
    const n = Number(hwm);
    if (Number.isNaN(n) || n < 0) {
      throw makeNodeError(NativeRangeError, 'ERR_INVALID_ARG_VALUE', invalidArgValue('strategy.highWaterMark', n).message);
    }
  }
  const size = strategy.size;
  if (size !== undefined) {
    if (bytes) throw makeNodeError(NativeRangeError, 'ERR_INVALID_ARG_VALUE', invalidArgValue('strategy.size', size).message);
    if (typeof size !== 'function') throw invalidArgType('strategy.size', 'function', size);
  }
}

function checkReadableStream(source, strategy) {
  checkObject(source, 'source');
  const type = source.type;
  const bytes = type !== undefined && `${type}` === 'bytes';
  if (type !== undefined && !bytes) throw invalidArgValue('source.type', type);
  if (source.start !== undefined && typeof source.start !== 'function') throw new NativeTypeError('Bind must be called on a function');
  checkMember(source, 'pull', 'source');
  checkMember(source, 'cancel', 'source');
  if (bytes && source.autoAllocateChunkSize !== undefined && Number(source.autoAllocateChunkSize) === 0) {
    throw invalidArgValue('source.autoAllocateChunkSize', source.autoAllocateChunkSize);
  }
  checkStrategy(strategy, 'strategy', bytes);
}

function checkWritableStream(sink, strategy) {
  checkObject(sink, 'sink');
  if (sink.type !== undefined) throw makeNodeError(NativeRangeError, 'ERR_INVALID_ARG_VALUE', invalidArgValue('type', sink.type).message);
  if (sink.start !== undefined && typeof sink.start !== 'function') throw new NativeTypeError('Bind must be called on a function');
  for (const k of ['write', 'close', 'abort']) checkMember(sink, k, 'sink');
  checkStrategy(strategy, 'strategy', false);
}

function checkTransformStream(transformer, writableStrategy, readableStrategy) {
  if (transformer === undefined) transformer = {};
  checkObject(transformer, 'transformer');
  for (const k of ['readableType', 'writableType']) {
    if (transformer[k] !== undefined) {
      throw makeNodeError(NativeRangeError, 'ERR_INVALID_ARG_VALUE', invalidArgValue('transformer.' + k, transformer[k]).message);
    }
  }
  if (transformer.start !== undefined && typeof transformer.start !== 'function') throw new NativeTypeError('Bind must be called on a function');
  for (const k of ['transform', 'flush', 'cancel']) checkMember(transformer, k, 'transformer');
  checkObject(writableStrategy, 'writableStrategy');
  checkObject(readableStrategy, 'readableStrategy');
  checkStrategy(writableStrategy, 'writableStrategy', false);
  checkStrategy(readableStrategy, 'readableStrategy', false);
}

function checkStrategyInit(init) {
  checkObject(init, 'init');
  if (init.highWaterMark === undefined) {
    throw makeNodeError(NativeTypeError, 'ERR_MISSING_OPTION', 'init.highWaterMark is required');
  }
}

function isByteStream(stream) {
  const c = stream._readableStreamController;
  return c !== undefined && c !== null && c.constructor.name === 'ReadableByteStreamController';
}

function checkReader(stream, ReadableStream, byob) {
  if (!(stream instanceof ReadableStream)) throw invalidArgType('stream', 'ReadableStream', stream);
  if (stream.locked) throw invalidState('ReadableStream is locked');
  if (byob && !isByteStream(stream)) {
    const shown = require('internal/inspect').inspect(stream);
    throw makeNodeError(NativeTypeError, 'ERR_INVALID_ARG_VALUE', `The argument 'stream' must be a byte stream. Received ${shown}`);
  }
}

function checkWriter(stream, WritableStream) {
  if (!(stream instanceof WritableStream)) throw invalidArgType('stream', 'WritableStream', stream);
}

function checkOptions(options) {
  if (options !== undefined) checkObject(options, 'options');
}

function checkReaderOptions(options) {
  if (options === undefined) return;
  checkObject(options, 'options');
  if (options.mode !== undefined && `${options.mode}` !== 'byob') throw invalidArgValue('options.mode', options.mode);
}

function checkPipeThrough(transform, ReadableStream, WritableStream) {
  const readable = transform == null ? undefined : transform.readable;
  if (!(readable instanceof ReadableStream)) throw invalidArgType('transform.readable', 'ReadableStream', readable);
  const writable = transform.writable;
  if (!(writable instanceof WritableStream)) throw invalidArgType('transform.writable', 'WritableStream', writable);
}

// checkPipeTo's wording for the destination is Node's.
function checkPipeTo(destination, options, WritableStream) {
  if (!(destination instanceof WritableStream)) throw invalidArgType('transform.writable', 'WritableStream', destination);
  if (options == null) return;
  if (typeof options !== 'object') throw invalidArgType('options', 'object', options);
  const signal = options.signal;
  if (signal !== undefined && !(signal instanceof AbortSignal)) throw invalidArgType('options.signal', 'AbortSignal', signal);
}

function checkIterable(v) {
  if (v === null || v === undefined) {
    throw new NativeTypeError(`Cannot read properties of ${v} (reading 'Symbol(Symbol.asyncIterator)')`);
  }
  if (!isObject(Object(v)) || (typeof v[Symbol.asyncIterator] !== 'function' && typeof v[Symbol.iterator] !== 'function')) {
    const shown = require('internal/inspect').inspect(v);
    throw makeNodeError(NativeTypeError, 'ERR_ARG_NOT_ITERABLE', `${shown} must be iterable`);
  }
}

const closedPromises = new WeakMap();

function deferred() {
  const d = {};
  d.promise = new Promise((resolve, reject) => {
    d.resolve = resolve;
    d.reject = reject;
  });
  d.promise.catch(() => {});
  return d;
}

// closedPromise returns the { promise, resolve, reject } that settles when
// stream closes or errors (Node's kIsClosedPromise).
function closedPromise(stream) {
  let d = closedPromises.get(stream);
  if (d === undefined) {
    d = deferred();
    closedPromises.set(stream, d);
    if (stream._state === 'closed') d.resolve();
    else if (stream._state === 'errored') d.reject(stream._storedError);
  }
  return d;
}

// settle is called by the implementation when stream closes or errors.
function settle(stream, errored, err) {
  const d = closedPromises.get(stream);
  if (d === undefined) return;
  if (errored) d.reject(err);
  else d.resolve();
}

// transfer is the implementation's TransferArrayBuffer: buffer's bytes
// move to a new ArrayBuffer without a copy, and buffer is detached.
const { transfer } = internalBinding('webstreams');

module.exports = {
  closedPromise, settle, transfer,
  TypeError, RangeError, invalidState, isByteStream, notView, badArgValue,
  checkReadableStream, checkWritableStream, checkTransformStream, checkStrategyInit,
  checkReader, checkWriter, checkOptions, checkReaderOptions, checkIterable, checkPipeThrough, checkPipeTo,
};
