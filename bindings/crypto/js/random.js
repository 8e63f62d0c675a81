'use strict';
// Random data: randomBytes, randomFill(Sync), randomInt, randomUUID and
// timingSafeEqual, on Go's crypto/rand.
const { Buffer } = require('buffer');
const { invalidArgType, outOfRange, makeNodeError } = require('internal/errors');
const {
  natives, isArrayBufferView, isAnyArrayBuffer, validateFunction, validateNumber, validateObject,
  validateBoolean,
} = require('internal/crypto/util');

const kMaxPossibleLength = 2 ** 31 - 1;

function assertOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const maxLength = Math.min(length, kMaxPossibleLength);
  if (Number.isNaN(offset) || offset > maxLength || offset < 0) {
    throw outOfRange('offset', `>= 0 && <= ${maxLength}`, offset);
  }
  return offset >>> 0;
}

function assertSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxPossibleLength || size < 0) {
    throw outOfRange('size', `>= 0 && <= ${kMaxPossibleLength}`, size);
  }
  if (size + offset > length) throw outOfRange('size + offset', `<= ${length}`, size + offset);
  return size >>> 0;
}

function assertBuf(buf) {
  if (!isAnyArrayBuffer(buf) && !isArrayBufferView(buf)) {
    throw invalidArgType('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
}

// view is the byte view natives fill.
function view(buf) {
  if (isAnyArrayBuffer(buf)) return new Uint8Array(buf);
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

function randomBytes(size, callback) {
  size = assertSize(size, 1, 0, Infinity);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buf = Buffer.allocUnsafe(size);
  if (callback === undefined) {
    if (size > 0) natives.randomFill(buf, 0, size);
    return buf;
  }
  natives.randomFill(buf, 0, size, () => callback(null, buf));
}

function randomFillSync(buf, offset = 0, size) {
  assertBuf(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  offset = assertOffset(offset, elementSize, buf.byteLength);
  if (size === undefined) size = buf.byteLength - offset;
  else size = assertSize(size, elementSize, offset, buf.byteLength);
  if (size === 0) return buf;
  natives.randomFill(view(buf), offset, size);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  assertBuf(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = buf.byteLength;
  } else if (typeof size === 'function') {
    callback = size;
    offset = assertOffset(offset, elementSize, buf.byteLength);
    size = buf.byteLength - offset;
  } else {
    validateFunction(callback, 'callback');
    offset = assertOffset(offset, elementSize, buf.byteLength);
    if (size === undefined) size = buf.byteLength - offset;
    else size = assertSize(size, elementSize, offset, buf.byteLength);
  }
  if (size === 0) {
    callback(null, buf);
    return;
  }
  natives.randomFill(view(buf), offset, size, () => callback(null, buf));
}

// randomInt draws 48-bit values from a cache of random bytes, rejecting
// those above the largest multiple of the range so that every value is
// equally likely.
const RAND_MAX = 0xFFFFFFFFFFFF;
let randomCache;
let randomCacheOffset = 0;

function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw invalidArgType('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw invalidArgType('max', 'a safe integer', max);
  if (max <= min) throw outOfRange('max', `greater than the value of "min" (${min})`, max);
  const range = max - min;
  if (!(range <= RAND_MAX)) throw outOfRange(`max${minNotSpecified ? '' : ' - min'}`, `<= ${RAND_MAX}`, range);
  const randLimit = RAND_MAX - (RAND_MAX % range);
  if (randomCache === undefined) {
    randomCache = Buffer.allocUnsafe(6 * 1024);
    randomCacheOffset = randomCache.length;
  }
  for (;;) {
    if (randomCacheOffset === randomCache.length) {
      natives.randomFill(randomCache, 0, randomCache.length);
      randomCacheOffset = 0;
    }
    const x = randomCache.readUIntBE(randomCacheOffset, 6);
    randomCacheOffset += 6;
    if (x < randLimit) {
      const n = (x % range) + min;
      if (isSync) return n;
      process.nextTick(callback, undefined, n);
      return;
    }
  }
}

// randomUUID returns an RFC 4122 version 4 UUID.
function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  const { disableEntropyCache = false } = options || {};
  validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  return natives.randomUUID();
}

function timingSafeEqual(buf1, buf2) {
  for (const [name, b] of [['buf1', buf1], ['buf2', buf2]]) {
    if (!isAnyArrayBuffer(b) && !isArrayBufferView(b)) {
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
        `The "${name}" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
    }
  }
  if (buf1.byteLength !== buf2.byteLength) {
    throw makeNodeError(RangeError, 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length');
  }
  return natives.timingSafeEqual(view(buf1), view(buf2));
}

module.exports = { randomBytes, randomFill, randomFillSync, randomInt, randomUUID, timingSafeEqual };
