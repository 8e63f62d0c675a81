'use strict';
// Node's stream/web module: the WHATWG streams classes (the reference
// implementation bundled in web_streams.js, with Node's error codes), shown
// by util.inspect as Node shows them, and TextEncoderStream and
// TextDecoderStream; CompressionStream and DecompressionStream come from
// the zlib package's module, loaded on first use, when it is present.

const ws = require('internal/web_streams');
const { isByteStream, closedPromise } = require('internal/webstreams_hooks');

const customInspect = Symbol.for('nodejs.util.inspect.custom');

// show gives obj's class name and data as Node's web streams inspect them;
// past the depth limit Node shows them as undefined.
function show(self, data, depth, options, inspect) {
  if (typeof depth === 'number' && depth < 0) return undefined;
  const opts = Object.assign({}, options, { depth: options.depth == null ? null : options.depth - 1 });
  return `${self.constructor.name} ${inspect(data, opts)}`;
}

function inspectWith(Class, data) {
  Object.defineProperty(Class.prototype, customInspect, {
    configurable: true,
    writable: true,
    value(depth, options, inspect) {
      return show(this, data(this), depth, options, inspect);
    },
  });
}

const {
  ReadableStream, ReadableStreamDefaultReader, ReadableStreamBYOBReader, ReadableStreamBYOBRequest,
  ReadableByteStreamController, ReadableStreamDefaultController, TransformStream,
  TransformStreamDefaultController, WritableStream, WritableStreamDefaultWriter,
  WritableStreamDefaultController, ByteLengthQueuingStrategy, CountQueuingStrategy,
} = ws;

inspectWith(ReadableStream, (s) => ({ locked: s.locked, state: s._state, supportsBYOB: isByteStream(s) }));
inspectWith(WritableStream, (s) => ({ locked: s.locked, state: s._state }));
inspectWith(TransformStream, (s) => ({ readable: s.readable, writable: s.writable, backpressure: s._backpressure }));
inspectWith(ReadableStreamDefaultReader, (r) => ({
  stream: r._ownerReadableStream, readRequests: r._readRequests ? r._readRequests.length : 0, close: r._closedPromise,
}));
inspectWith(ReadableStreamBYOBReader, (r) => ({
  stream: r._ownerReadableStream, readIntoRequests: r._readIntoRequests ? r._readIntoRequests.length : 0, close: r._closedPromise,
}));
inspectWith(WritableStreamDefaultWriter, (w) => ({
  stream: w._ownerWritableStream, close: w._closedPromise, ready: w._readyPromise, desiredSize: w.desiredSize,
}));
inspectWith(WritableStreamDefaultController, (c) => ({ stream: c._controlledWritableStream }));
inspectWith(ReadableStreamDefaultController, () => ({}));
inspectWith(ReadableByteStreamController, () => ({}));
inspectWith(ReadableStreamBYOBRequest, (r) => ({ view: r.view }));
inspectWith(TransformStreamDefaultController, (c) => ({
  stream: { [customInspect]: () => `TransformStream { readable: undefined, writable: undefined, backpressure: ${c._controlledTransformStream._backpressure} }` },
}));
inspectWith(ByteLengthQueuingStrategy, (s) => ({ highWaterMark: s.highWaterMark }));
inspectWith(CountQueuingStrategy, (s) => ({ highWaterMark: s.highWaterMark }));

// The implementation keeps its state in enumerable fields, which Node's
// classes do not have: JSON shows the objects as Node does ({}), rather
// than walking (and looping through) that state.
for (const C of [ReadableStream, ReadableStreamDefaultReader, ReadableStreamBYOBReader, ReadableStreamBYOBRequest,
  ReadableByteStreamController, ReadableStreamDefaultController, TransformStream, TransformStreamDefaultController,
  WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController, ByteLengthQueuingStrategy,
  CountQueuingStrategy]) {
  Object.defineProperty(C.prototype, 'toJSON', { configurable: true, writable: true, enumerable: false, value: function toJSON() { return {}; } });
}

// The state Node's stream utilities (finished, isReadable, isErrored,
// isDisturbed, addAbortSignal) read from a web stream.
const kIsDisturbed = Symbol.for('nodejs.stream.disturbed');
const kIsErrored = Symbol.for('nodejs.stream.errored');
const kIsReadable = Symbol.for('nodejs.stream.readable');
const kIsClosedPromise = Symbol.for('nodejs.webstream.isClosedPromise');
const kControllerErrorFunction = Symbol.for('nodejs.webstream.controllerErrorFunction');

function getters(proto, table) {
  for (const key of Reflect.ownKeys(table)) {
    Object.defineProperty(proto, key, { configurable: true, enumerable: false, get: table[key] });
  }
}

getters(ReadableStream.prototype, {
  [kIsDisturbed]() { return this._disturbed; },
  [kIsErrored]() { return this._state === 'errored'; },
  [kIsReadable]() { return this._state === 'readable'; },
  [kIsClosedPromise]() { return closedPromise(this); },
  [kControllerErrorFunction]() {
    const c = this._readableStreamController;
    return (err) => c.error(err);
  },
});
getters(WritableStream.prototype, {
  [kIsErrored]() { return this._state === 'errored'; },
  [kIsClosedPromise]() { return closedPromise(this); },
  [kControllerErrorFunction]() {
    const c = this._writableStreamController;
    return (err) => c.error(err);
  },
});

const kTransform = Symbol('kTransform');

function brand(self, Class) {
  if (self === null || typeof self !== 'object' || !(kTransform in self) || !(self instanceof Class)) {
    throw require('internal/errors').makeNodeError(TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${Class.name}`);
  }
  return self[kTransform];
}

// TextEncoderStream encodes strings to UTF-8 chunks, keeping a lone high
// surrogate at the end of a chunk for the next one, as the Encoding
// standard says.
class TextEncoderStream {
  constructor() {
    const encoder = new (require('util').TextEncoder)();
    let pending = '';
    const transform = new TransformStream({
      transform(chunk, controller) {
        let s = pending + `${chunk}`;
        pending = '';
        const last = s.charCodeAt(s.length - 1);
        if (last >= 0xd800 && last <= 0xdbff) {
          pending = s[s.length - 1];
          s = s.slice(0, -1);
        }
        if (s.length > 0) controller.enqueue(encoder.encode(s));
      },
      flush(controller) {
        if (pending !== '') controller.enqueue(new Uint8Array([0xef, 0xbf, 0xbd]));
      },
    });
    Object.defineProperty(this, kTransform, { value: transform });
  }
  get encoding() { brand(this, TextEncoderStream); return 'utf-8'; }
  get readable() { return brand(this, TextEncoderStream).readable; }
  get writable() { return brand(this, TextEncoderStream).writable; }
  [customInspect](depth, options, inspect) {
    brand(this, TextEncoderStream);
    return show(this, { encoding: this.encoding, readable: this.readable, writable: this.writable }, depth, options, inspect);
  }
}
Object.defineProperty(TextEncoderStream.prototype, Symbol.toStringTag, { value: 'TextEncoderStream', configurable: true });

const kDecoder = Symbol('kDecoder');

// TextDecoderStream decodes byte chunks with a streaming TextDecoder.
class TextDecoderStream {
  constructor(encoding = 'utf-8', options = {}) {
    const decoder = new (require('util').TextDecoder)(encoding, options);
    const transform = new TransformStream({
      transform(chunk, controller) {
        const s = decoder.decode(chunk, { stream: true });
        if (s) controller.enqueue(s);
      },
      flush(controller) {
        const s = decoder.decode();
        if (s) controller.enqueue(s);
      },
    });
    Object.defineProperty(this, kTransform, { value: transform });
    Object.defineProperty(this, kDecoder, { value: decoder });
  }
  get encoding() { brand(this, TextDecoderStream); return this[kDecoder].encoding; }
  get fatal() { brand(this, TextDecoderStream); return this[kDecoder].fatal; }
  get ignoreBOM() { brand(this, TextDecoderStream); return this[kDecoder].ignoreBOM; }
  get readable() { return brand(this, TextDecoderStream).readable; }
  get writable() { return brand(this, TextDecoderStream).writable; }
  [customInspect](depth, options, inspect) {
    brand(this, TextDecoderStream);
    return show(this, {
      encoding: this.encoding, fatal: this.fatal, ignoreBOM: this.ignoreBOM, readable: this.readable, writable: this.writable,
    }, depth, options, inspect);
  }
}
Object.defineProperty(TextDecoderStream.prototype, Symbol.toStringTag, { value: 'TextDecoderStream', configurable: true });

module.exports = {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  ReadableByteStreamController,
  ReadableStreamDefaultController,
  TransformStream,
  TransformStreamDefaultController,
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  ByteLengthQueuingStrategy,
  CountQueuingStrategy,
  TextEncoderStream,
  TextDecoderStream,
};

// The compression streams, when the runtime has zlib: enumerable getters
// that load the module on first read and keep its classes.
for (const name of ['CompressionStream', 'DecompressionStream']) {
  let value;
  Object.defineProperty(module.exports, name, {
    configurable: true,
    enumerable: true,
    get() {
      if (value === undefined) value = require('internal/webstreams/compression')[name];
      return value;
    },
    set(v) { value = v; },
  });
}
