'use strict';
// Shared pieces of crypto: the Go natives, argument checks worded as node
// words them, OpenSSL-style errors, and LazyTransform, the stream base of
// Hash, Hmac, Cipheriv and Decipheriv.
const { Buffer } = require('buffer');
const errors = require('internal/errors');
const { invalidArgType, invalidArgValue, outOfRange, makeNodeError } = errors;

const natives = internalBinding('crypto');
const kHandle = Symbol('kHandle');
// kKeyObject holds a KeyObject's native key (see internal/crypto/keyobject).
const kKeyObject = Symbol('kKeyObject');

const isArrayBufferView = ArrayBuffer.isView;
function isAnyArrayBuffer(v) {
  return v instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw invalidArgType(name, 'string', value);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw invalidArgType(name, 'Function', value);
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw invalidArgType(name, 'Object', value);
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw invalidArgType(name, 'boolean', value);
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw outOfRange(name, `>= ${min} && <= ${max}`, value);
}

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  validateInteger(value, name, min, max);
}

function validateUint32(value, name, positive) {
  validateInteger(value, name, positive ? 1 : 0, 4294967295);
}

function validateNumber(value, name) {
  if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
}

// encodingOf returns node's name for a string encoding, utf8 for names
// it does not know (as node's native layer treats them).
function encodingOf(enc) {
  if (typeof enc === 'string' && Buffer.isEncoding(enc)) return enc;
  return 'utf8';
}

// validateEncoding refuses hex strings of odd length, as node does.
function validateEncoding(data, encoding) {
  if (typeof encoding === 'string' && Buffer.isEncoding(encoding) && encoding.toLowerCase() === 'hex' && data.length % 2 !== 0) {
    throw invalidArgValue('encoding', encoding, `is invalid for data of length ${data.length}`);
  }
}

// toBuffer turns a string (in encoding) or a view into bytes for Go.
function toBuffer(data, encoding) {
  if (typeof data === 'string') return Buffer.from(data, encodingOf(encoding));
  return data;
}

const bufferLike = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

// getArrayBufferOrView returns a view of a string, ArrayBuffer or view.
function getArrayBufferOrView(buffer, name, encoding) {
  if (isAnyArrayBuffer(buffer)) return new Uint8Array(buffer);
  if (typeof buffer === 'string') {
    if (encoding === 'buffer') encoding = 'utf8';
    return Buffer.from(buffer, encodingOf(encoding));
  }
  if (!isArrayBufferView(buffer)) throw invalidArgType(name, bufferLike, buffer);
  return buffer;
}

// prepareSecretKey accepts what node accepts as a symmetric key.
function prepareSecretKey(key, encoding) {
  if (key !== null && typeof key === 'object' && key[kKeyObject] !== undefined) {
    if (key.type !== 'secret') {
      throw makeNodeError(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', `Invalid key object type ${key.type}, expected secret.`);
    }
    return natives.keySecretBytes(key[kKeyObject]);
  }
  if (isAnyArrayBuffer(key)) return new Uint8Array(key);
  if (typeof key === 'string') return Buffer.from(key, encodingOf(encoding));
  if (isArrayBufferView(key)) return key;
  throw invalidArgType('key', [...bufferLike, 'KeyObject', 'CryptoKey'], key);
}

function getStringOption(options, key) {
  let value;
  if (options && (value = options[key]) != null) validateString(value, `options.${key}`);
  return value;
}

// osslError is an OpenSSL failure as node reports it: the packed error
// string as message, with library, reason and code properties.
function osslError(packed, library, reason, code) {
  const e = new Error(`error:${packed}:${library}::${reason}`);
  e.library = library;
  e.reason = reason;
  e.code = code;
  return e;
}

function invalidDigest(digest) {
  return makeNodeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${digest}`);
}

// LazyTransform is a Transform whose stream state is made the first time
// a stream property is touched, so hashing without streaming costs no
// stream set-up. Until something looks past the object's own class (a
// stream method, instanceof), its prototype chain ends in a stand-in that
// loads the stream module then and puts Transform.prototype in its place:
// a script that only hashes never loads streams at all.
let Transform;
function transform() {
  if (Transform === undefined) {
    Transform = require('stream').Transform;
    Object.setPrototypeOf(LazyTransform.prototype, Transform.prototype);
    Object.setPrototypeOf(LazyTransform, Transform);
  }
  return Transform;
}

// own sets a property on a new object without the [[Set]] walk up its
// prototype chain (which would reach the stand-in and load streams).
function own(obj, key, value) {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
}

function LazyTransform(options) {
  own(this, '_options', options);
}

const streamStandIn = new Proxy(Object.create(null), {
  get(target, key, receiver) { return Reflect.get(transform().prototype, key, receiver); },
  set(target, key, value, receiver) { return Reflect.set(transform().prototype, key, value, receiver); },
  has(target, key) { return key in transform().prototype; },
  getPrototypeOf() { return transform().prototype; },
  getOwnPropertyDescriptor(target, key) {
    const d = Object.getOwnPropertyDescriptor(transform().prototype, key);
    if (d !== undefined) d.configurable = true;
    return d;
  },
  ownKeys() { return Reflect.ownKeys(transform().prototype); },
});
Object.setPrototypeOf(LazyTransform.prototype, streamStandIn);

// setUpLazyTransform is kept for the classes' constructors: nothing to do
// until the stream module is wanted.
function setUpLazyTransform() {}

for (const name of ['_readableState', '_writableState', '_transformState']) {
  Object.defineProperty(LazyTransform.prototype, name, {
    configurable: true,
    enumerable: true,
    get() {
      transform().call(this, this._options);
      this._writableState.decodeStrings = false;
      return this[name];
    },
    set(value) {
      Object.defineProperty(this, name, { value, enumerable: true, configurable: true, writable: true });
    },
  });
}

module.exports = {
  natives, kHandle, kKeyObject, isArrayBufferView, isAnyArrayBuffer, validateString, validateFunction,
  validateObject, validateBoolean, validateInteger, validateInt32, validateUint32, validateNumber,
  validateEncoding, encodingOf, toBuffer, getArrayBufferOrView, prepareSecretKey, getStringOption,
  osslError, invalidDigest, LazyTransform, setUpLazyTransform, own, bufferLike,
};
