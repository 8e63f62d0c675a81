'use strict';
// DiffieHellman (createDiffieHellman) and DiffieHellmanGroup
// (getDiffieHellman): finite-field Diffie-Hellman, worked in Go.
const { Buffer } = require('buffer');
const { invalidArgType, makeNodeError } = require('internal/errors');
const { natives, isAnyArrayBuffer, isArrayBufferView, validateInt32, osslError } = require('internal/crypto/util');

const kHandle = Symbol('kHandle');
const DH_GENERATOR = 2;
const sizeOrKeyTypes = ['number', 'string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

function toBuf(value, encoding) {
  if (typeof value === 'string') {
    if (encoding === 'buffer' || !encoding) encoding = 'utf8';
    return Buffer.from(value, encoding);
  }
  if (isAnyArrayBuffer(value)) return new Uint8Array(value);
  return value;
}

function encode(buffer, encoding) {
  if (encoding && encoding !== 'buffer') return buffer.toString(encoding);
  return buffer;
}

// failure turns a failure name from Go into node's error.
function failure(name) {
  switch (name) {
    case 'bad generator': return osslError('02800065', 'Diffie-Hellman routines', 'bad generator', 'ERR_OSSL_DH_BAD_GENERATOR');
    case 'modulus too large': return osslError('02800067', 'Diffie-Hellman routines', 'modulus too large', 'ERR_OSSL_DH_MODULUS_TOO_LARGE');
    case 'modulus too small': return osslError('0280007E', 'Diffie-Hellman routines', 'modulus too small', 'ERR_OSSL_DH_MODULUS_TOO_SMALL');
    case 'key too small': return makeNodeError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Supplied key is too small');
    case 'key too large': return makeNodeError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Supplied key is too large');
    case 'no key': return makeNodeError(RangeError, 'ERR_CRYPTO_INVALID_KEYTYPE', 'Invalid key type');
  }
  return makeNodeError(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Diffie-Hellman failed');
}

function check(result) {
  if (Array.isArray(result)) throw failure(result[0]);
  return result;
}

function setHandle(dh, h) {
  Object.defineProperty(dh, kHandle, { value: h });
}

function DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  if (!(this instanceof DiffieHellman)) return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
  if (typeof sizeOrKey !== 'number' && typeof sizeOrKey !== 'string' && !isArrayBufferView(sizeOrKey) && !isAnyArrayBuffer(sizeOrKey)) {
    throw invalidArgType('sizeOrKey', sizeOrKeyTypes, sizeOrKey);
  }
  if (typeof sizeOrKey === 'number') validateInt32(sizeOrKey, 'sizeOrKey');
  if (keyEncoding && !Buffer.isEncoding(keyEncoding) && keyEncoding !== 'buffer') {
    genEncoding = generator;
    generator = keyEncoding;
    keyEncoding = false;
  }
  keyEncoding = keyEncoding || 'buffer';
  genEncoding = genEncoding || 'buffer';
  if (typeof sizeOrKey !== 'number') sizeOrKey = toBuf(sizeOrKey, keyEncoding);
  if (!generator) {
    generator = DH_GENERATOR;
  } else if (typeof generator === 'number') {
    validateInt32(generator, 'generator');
  } else if (typeof generator === 'string') {
    generator = toBuf(generator, genEncoding);
  } else if (!isArrayBufferView(generator) && !isAnyArrayBuffer(generator)) {
    throw invalidArgType('generator', sizeOrKeyTypes, generator);
  } else {
    generator = toBuf(generator);
  }
  setHandle(this, check(natives.dhNew(sizeOrKey, generator)));
  Object.defineProperty(this, 'verifyError', {
    enumerable: true, value: natives.dhVerifyError(this[kHandle]), writable: false, configurable: false,
  });
}

function DiffieHellmanGroup(name) {
  if (!(this instanceof DiffieHellmanGroup)) return new DiffieHellmanGroup(name);
  if (typeof name !== 'string') throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'Group name must be a string');
  const h = natives.dhGroup(name);
  if (h === null) throw makeNodeError(Error, 'ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group');
  setHandle(this, check(h));
  Object.defineProperty(this, 'verifyError', {
    enumerable: true, value: natives.dhVerifyError(this[kHandle]), writable: false, configurable: false,
  });
}

function dhGenerateKeys(encoding) {
  check(natives.dhGenerate(this[kHandle]));
  return encode(natives.dhGet(this[kHandle], 'public'), encoding);
}

function dhComputeSecret(key, inEnc, outEnc) {
  const buf = toBuf(key, inEnc);
  if (!isArrayBufferView(buf)) throw invalidArgType('key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
  return encode(check(natives.dhCompute(this[kHandle], buf)), outEnc);
}

function getter(what, missing) {
  return function get(encoding) {
    const v = natives.dhGet(this[kHandle], what);
    if (v === null) throw makeNodeError(Error, 'ERR_CRYPTO_INVALID_STATE', missing);
    return encode(v, encoding);
  };
}

const dhGetPrime = getter('prime');
const dhGetGenerator = getter('generator');
const dhGetPublicKey = getter('public', 'No public key - did you forget to generate one?');
const dhGetPrivateKey = getter('private', 'No private key - did you forget to generate one?');

for (const C of [DiffieHellman, DiffieHellmanGroup]) {
  C.prototype.generateKeys = dhGenerateKeys;
  C.prototype.computeSecret = dhComputeSecret;
  C.prototype.getPrime = dhGetPrime;
  C.prototype.getGenerator = dhGetGenerator;
  C.prototype.getPublicKey = dhGetPublicKey;
  C.prototype.getPrivateKey = dhGetPrivateKey;
}

DiffieHellman.prototype.setPublicKey = function setPublicKey(key, encoding) {
  natives.dhSet(this[kHandle], 'public', toBuf(key, encoding));
  return this;
};

DiffieHellman.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  natives.dhSet(this[kHandle], 'private', toBuf(key, encoding));
  return this;
};

function createDiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
}

function createDiffieHellmanGroup(groupName) {
  return new DiffieHellmanGroup(groupName);
}

module.exports = { DiffieHellman, DiffieHellmanGroup, createDiffieHellman, createDiffieHellmanGroup };
