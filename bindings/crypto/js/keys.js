'use strict';
// Key derivation: pbkdf2, scrypt and hkdf, sync and async (the async
// forms run in Go off the loop and call back on it).
const { Buffer } = require('buffer');
const { invalidArgType, makeNodeError } = require('internal/errors');
const {
  natives, isArrayBufferView, isAnyArrayBuffer, validateString, validateFunction, validateInteger,
  validateInt32, validateUint32, getArrayBufferOrView, invalidDigest,
} = require('internal/crypto/util');

// checkDigest throws node's error for a digest the derivations cannot use.
function checkDigest(digest) {
  const size = natives.digestSize(digest);
  if (size === -1) throw invalidDigest(digest);
  if (size === -2) throw new Error('Deriving bits failed');
  return size;
}

function pbkdf2Check(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  return { password, salt, iterations, keylen, digest };
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const a = pbkdf2Check(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  checkDigest(a.digest);
  natives.pbkdf2(a.password, a.salt, a.iterations, a.keylen, a.digest, (err, key) => {
    if (err) return callback(err);
    callback(null, key);
  });
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  const a = pbkdf2Check(password, salt, iterations, keylen, digest);
  checkDigest(a.digest);
  return natives.pbkdf2(a.password, a.salt, a.iterations, a.keylen, a.digest);
}

const scryptDefaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

function scryptParameterError() {
  return makeNodeError(Error, 'ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', 'Invalid scrypt parameter');
}

function scryptCheck(password, salt, keylen, options) {
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  let { N, r, p, maxmem } = scryptDefaults;
  if (options && options !== scryptDefaults) {
    const hasN = options.N !== undefined;
    if (hasN) {
      N = options.N;
      validateUint32(N, 'N');
    }
    if (options.cost !== undefined) {
      if (hasN) throw scryptParameterError();
      N = options.cost;
      validateUint32(N, 'cost');
    }
    const hasR = options.r !== undefined;
    if (hasR) {
      r = options.r;
      validateUint32(r, 'r');
    }
    if (options.blockSize !== undefined) {
      if (hasR) throw scryptParameterError();
      r = options.blockSize;
      validateUint32(r, 'blockSize');
    }
    const hasP = options.p !== undefined;
    if (hasP) {
      p = options.p;
      validateUint32(p, 'p');
    }
    if (options.parallelization !== undefined) {
      if (hasP) throw scryptParameterError();
      p = options.parallelization;
      validateUint32(p, 'parallelization');
    }
    if (options.maxmem !== undefined) {
      maxmem = options.maxmem;
      validateInteger(maxmem, 'maxmem', 0);
    }
    if (N === 0) N = scryptDefaults.N;
    if (r === 0) r = scryptDefaults.r;
    if (p === 0) p = scryptDefaults.p;
    if (maxmem === 0) maxmem = scryptDefaults.maxmem;
  }
  switch (natives.scryptCheck(N, r, p, maxmem)) {
    case 1:
      throw makeNodeError(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', 'Invalid scrypt params');
    case 2:
      throw makeNodeError(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS',
        'Invalid scrypt params: error:030000AC:digital envelope routines::memory limit exceeded');
  }
  return { password, salt, keylen, N, r, p };
}

function scrypt(password, salt, keylen, options, callback = scryptDefaults) {
  if (callback === scryptDefaults) {
    callback = options;
    options = scryptDefaults;
  }
  const a = scryptCheck(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  natives.scrypt(a.password, a.salt, a.N, a.r, a.p, a.keylen, (err, key) => {
    if (err) return callback(err);
    callback(null, key);
  });
}

function scryptSync(password, salt, keylen, options = scryptDefaults) {
  const a = scryptCheck(password, salt, keylen, options);
  return natives.scrypt(a.password, a.salt, a.N, a.r, a.p, a.keylen);
}

// byteSource accepts a string, ArrayBuffer or view for hkdf's salt and info.
function byteSource(value, name) {
  if (typeof value === 'string') return Buffer.from(value, 'utf8');
  if (isAnyArrayBuffer(value)) return new Uint8Array(value);
  if (isArrayBufferView(value)) return value;
  throw invalidArgType(name, ['string', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], value);
}

const kMaxLength = 2 ** 32;

function hkdfCheck(hash, key, salt, info, length) {
  validateString(hash, 'digest');
  if (isAnyArrayBuffer(key)) key = new Uint8Array(key);
  else if (typeof key === 'string') key = Buffer.from(key, 'utf8');
  else if (!isArrayBufferView(key)) {
    throw invalidArgType('ikm', ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], key);
  }
  salt = byteSource(salt, 'salt');
  info = byteSource(info, 'info');
  validateInteger(length, 'length', 0, kMaxLength);
  if (info.byteLength > 1024) {
    throw makeNodeError(RangeError, 'ERR_OUT_OF_RANGE',
      `The value of "info" is out of range. It must be must not contain more than 1024 bytes. Received ${info.byteLength}`);
  }
  const size = checkDigest(hash);
  if (length > 255 * size) throw makeNodeError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
  return { hash, key, salt, info, length };
}

function hkdf(hash, key, salt, info, length, callback) {
  const a = hkdfCheck(hash, key, salt, info, length);
  validateFunction(callback, 'callback');
  natives.hkdf(a.hash, a.key, a.salt, a.info, a.length, (err, bits) => {
    if (err) return callback(err);
    callback(null, bits.buffer);
  });
}

function hkdfSync(hash, key, salt, info, length) {
  const a = hkdfCheck(hash, key, salt, info, length);
  return natives.hkdf(a.hash, a.key, a.salt, a.info, a.length).buffer;
}

module.exports = { pbkdf2, pbkdf2Sync, scrypt, scryptSync, hkdf, hkdfSync };
