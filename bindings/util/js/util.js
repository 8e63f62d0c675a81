'use strict';
// util: inspect and format are Node's own (node-inspect-extracted); the
// rest follows Node's documentation.
const ins = require('internal/inspect');
const errors = require('internal/errors');

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

function promisify(original) {
  errors.validateFunction(original, 'original');
  if (original[kCustomPromisify]) {
    const fn = original[kCustomPromisify];
    errors.validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
  }
  function fn(...args) {
    return new Promise((resolve, reject) => {
      original.call(this, ...args, (err, ...values) => {
        if (err) return reject(err);
        resolve(values[0]);
      });
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
  return Object.defineProperties(fn, Object.getOwnPropertyDescriptors(original));
}
promisify.custom = kCustomPromisify;

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw errors.invalidArgType('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) throw errors.invalidArgType('superCtor', 'Function', superCtor);
  if (superCtor.prototype === undefined) throw errors.invalidArgType('superCtor.prototype', 'Object', superCtor.prototype);
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

const warned = new Set();
function deprecate(fn, msg, code) {
  let warnedThis = false;
  function deprecated(...args) {
    if (!warnedThis && !process.noDeprecation) {
      warnedThis = true;
      if (code === undefined || !warned.has(code)) {
        if (code !== undefined) warned.add(code);
        process.emitWarning(msg, 'DeprecationWarning', code);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return fn.apply(this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  return deprecated;
}

function callbackify(original) {
  errors.validateFunction(original, 'original');
  function callbackified(...args) {
    const cb = args.pop();
    errors.validateFunction(cb, 'last argument');
    original.apply(this, args).then(
      (v) => process.nextTick(cb, null, v),
      (rej) => {
        if (!rej) {
          const e = new Error('Promise was rejected with a falsy value');
          e.code = 'ERR_FALSY_VALUE_REJECTION';
          e.reason = rej;
          rej = e;
        }
        process.nextTick(cb, rej);
      });
  }
  return callbackified;
}

class TextEncoder {
  get encoding() { return 'utf-8'; }
  encode(input = '') { return new Uint8Array(Buffer.from(String(input), 'utf8')); }
  encodeInto(src, dest) {
    const b = Buffer.from(String(src), 'utf8');
    const n = Math.min(b.length, dest.length);
    dest.set(b.subarray(0, n));
    return { read: String(src).length, written: n };
  }
}

class TextDecoder {
  constructor(encoding = 'utf-8', options = {}) {
    const e = String(encoding).toLowerCase();
    this.encoding = e === 'utf8' ? 'utf-8' : e;
    this.fatal = !!options.fatal;
    this.ignoreBOM = !!options.ignoreBOM;
    this._dec = null;
  }
  decode(input, options = {}) {
    const { StringDecoder } = require('string_decoder');
    if (!this._dec) this._dec = new StringDecoder(this.encoding === 'utf-16le' ? 'utf16le' : 'utf8');
    let buf = input === undefined ? Buffer.alloc(0) : ArrayBuffer.isView(input) ? Buffer.from(input.buffer, input.byteOffset, input.byteLength) : Buffer.from(input);
    let s = options.stream ? this._dec.write(buf) : this._dec.end(buf);
    if (!options.stream) this._dec = null;
    if (!this.ignoreBOM && s.charCodeAt(0) === 0xfeff) s = s.slice(1);
    return s;
  }
}

module.exports = {
  inspect: ins.inspect,
  format: ins.format,
  formatWithOptions: ins.formatWithOptions,
  stripVTControlCharacters: ins.stripVTControlCharacters,
  isDeepStrictEqual: ins.isDeepStrictEqual,
  types: ins.types,
  promisify,
  callbackify,
  inherits,
  deprecate,
  TextEncoder,
  TextDecoder,
  isArray: Array.isArray,
};
