'use strict';
// ECDH (createECDH) on P-256, P-384 and P-521, and diffieHellman over two
// key objects (EC or X25519), with crypto/ecdh doing the arithmetic.
const { makeNodeError, invalidArgValue } = require('internal/errors');
const {
  natives, kKeyObject, validateString, validateObject, getArrayBufferOrView, osslError,
} = require('internal/crypto/util');
const { isKeyObject } = require('internal/crypto/keyobject');

const kHandle = Symbol('kHandle');

function invalidCurve() {
  return makeNodeError(TypeError, 'ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name');
}

function operationFailed(message) {
  return makeNodeError(Error, 'ERR_CRYPTO_OPERATION_FAILED', message);
}

// encode returns bytes as a Buffer, or as a string in encoding.
function encode(buffer, encoding) {
  if (encoding && encoding !== 'buffer') return buffer.toString(encoding);
  return buffer;
}

// pointFormat checks an ECDH point format; undefined means uncompressed.
function pointFormat(format) {
  if (format) {
    if (format === 'compressed' || format === 'hybrid' || format === 'uncompressed') return format;
    throw makeNodeError(TypeError, 'ERR_CRYPTO_ECDH_INVALID_FORMAT', `Invalid ECDH format: ${format}`);
  }
  return 'uncompressed';
}

function ECDH(curve) {
  if (!(this instanceof ECDH)) return new ECDH(curve);
  validateString(curve, 'curve');
  const h = natives.ecdhNew(curve);
  if (h === null) throw invalidCurve();
  Object.defineProperty(this, kHandle, { value: h });
}

ECDH.prototype.computeSecret = function computeSecret(key, inEnc, outEnc) {
  const buf = getArrayBufferOrView(key, 'key', inEnc);
  if (natives.ecdhPrivate(this[kHandle]) === null) {
    throw makeNodeError(RangeError, 'ERR_CRYPTO_INVALID_KEYPAIR', 'Invalid key pair');
  }
  const secret = natives.ecdhCompute(this[kHandle], buf);
  if (secret === null) {
    throw makeNodeError(Error, 'ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', 'Public key is not valid for specified curve');
  }
  return encode(secret, outEnc);
};

ECDH.prototype.setPrivateKey = function setPrivateKey(key, encoding) {
  const buf = getArrayBufferOrView(key, 'key', encoding);
  if (!natives.ecdhSetPrivate(this[kHandle], buf)) {
    throw makeNodeError(RangeError, 'ERR_CRYPTO_INVALID_KEYTYPE', 'Private key is not valid for specified curve.');
  }
  return this;
};

ECDH.prototype.setPublicKey = function setPublicKey(key, encoding) {
  const buf = getArrayBufferOrView(key, 'key', encoding);
  if (!natives.ecdhSetPublic(this[kHandle], buf)) throw operationFailed('Failed to convert Buffer to EC_POINT');
  return this;
};

ECDH.prototype.getPrivateKey = function getPrivateKey(encoding) {
  const key = natives.ecdhPrivate(this[kHandle]);
  if (key === null) throw operationFailed('Failed to get ECDH private key');
  return encode(key, encoding);
};

ECDH.prototype.generateKeys = function generateKeys(encoding, format) {
  natives.ecdhGenerate(this[kHandle]);
  return this.getPublicKey(encoding, format);
};

ECDH.prototype.getPublicKey = function getPublicKey(encoding, format) {
  const f = pointFormat(format);
  const key = natives.ecdhPublic(this[kHandle], f);
  if (key === null) throw operationFailed('Failed to get ECDH public key');
  return encode(key, encoding);
};

ECDH.convertKey = function convertKey(key, curve, inEnc, outEnc, format) {
  validateString(curve, 'curve');
  const buf = getArrayBufferOrView(key, 'key', inEnc);
  const f = pointFormat(format);
  if (!natives.ecdhHasCurve(curve)) throw invalidCurve();
  const out = natives.ecdhConvert(curve, buf, f);
  if (out === null) throw operationFailed('Failed to convert Buffer to EC_POINT');
  return encode(out, outEnc);
};

function createECDH(curve) {
  return new ECDH(curve);
}

function invalidKeyObjectType(actual, expected) {
  return makeNodeError(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', `Invalid key object type ${actual}, expected ${expected}.`);
}

// diffieHellman computes the shared secret of a private and a public key
// of the same type (ec or x25519) and curve.
function diffieHellman(options) {
  validateObject(options, 'options');
  const { privateKey, publicKey } = options;
  if (!isKeyObject(privateKey)) throw invalidArgValue('options.privateKey', privateKey);
  if (!isKeyObject(publicKey)) throw invalidArgValue('options.publicKey', publicKey);
  if (privateKey.type !== 'private') throw invalidKeyObjectType(privateKey.type, 'private');
  if (publicKey.type !== 'public' && publicKey.type !== 'private') {
    throw invalidKeyObjectType(publicKey.type, 'private or public');
  }
  const privateType = privateKey.asymmetricKeyType;
  const publicType = publicKey.asymmetricKeyType;
  if (privateType !== publicType || !['dh', 'ec', 'x448', 'x25519'].includes(privateType)) {
    throw makeNodeError(Error, 'ERR_CRYPTO_INCOMPATIBLE_KEY',
      `Incompatible key types for Diffie-Hellman: ${privateType} and ${publicType}`);
  }
  const out = natives.keyAgree(privateKey[kKeyObject], publicKey[kKeyObject]);
  if (typeof out === 'string') {
    throw osslError('1C8000CB', 'Provider routines', 'mismatching domain parameters', 'ERR_OSSL_MISMATCHING_DOMAIN_PARAMETERS');
  }
  return out;
}

module.exports = { ECDH, createECDH, diffieHellman };
