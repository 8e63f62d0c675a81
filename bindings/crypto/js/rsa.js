'use strict';
// publicEncrypt, privateDecrypt, privateEncrypt and publicDecrypt: RSA
// with OAEP or PKCS #1 v1.5 padding (or none), node's defaults and errors.
const { makeNodeError } = require('internal/errors');
const { invalidArgType } = require('internal/errors');
const {
  natives, validateString, getArrayBufferOrView, osslError, isAnyArrayBuffer, isArrayBufferView,
} = require('internal/crypto/util');
const { keyHandle, isKeyObject } = require('internal/crypto/keyobject');
const constants = require('internal/crypto/constants');

// failure turns a failure name from Go into OpenSSL's error. The
// operations on the raw RSA function (privateEncrypt, publicDecrypt)
// carry the errors OpenSSL stacked beneath it, as node reports them.
function failure(name, op) {
  if (op === 'privateEncrypt' || op === 'publicDecrypt') {
    const stack = ['error:1C880004:Provider routines::RSA lib'];
    if (name === 'padding') stack.push('error:02000072:rsa routines::padding check failed');
    if (name === 'too large' || name === 'padding' || (name === 'modulus' && op === 'publicDecrypt')) {
      const plain = failure(name);
      const e = new Error(plain.message);
      e.opensslErrorStack = stack;
      e.library = plain.library;
      e.reason = plain.reason;
      e.code = plain.code;
      return e;
    }
  }
  switch (name) {
    case 'too large': return osslError('0200006E', 'rsa routines', 'data too large for key size', 'ERR_OSSL_RSA_DATA_TOO_LARGE_FOR_KEY_SIZE');
    case 'too small': return osslError('0200007A', 'rsa routines', 'data too small for key size', 'ERR_OSSL_RSA_DATA_TOO_SMALL_FOR_KEY_SIZE');
    case 'modulus': return osslError('02000084', 'rsa routines', 'data too large for modulus', 'ERR_OSSL_RSA_DATA_TOO_LARGE_FOR_MODULUS');
    case 'oaep': return osslError('02000079', 'rsa routines', 'oaep decoding error', 'ERR_OSSL_RSA_OAEP_DECODING_ERROR');
    case 'padding': return osslError('0200008A', 'rsa routines', 'invalid padding', 'ERR_OSSL_RSA_INVALID_PADDING');
    case 'illegal pad':
      return osslError('1C8000A5', 'Provider routines', 'illegal or unsupported padding mode', 'ERR_OSSL_ILLEGAL_OR_UNSUPPORTED_PADDING_MODE');
    case 'unknown pad': return osslError('02000076', 'rsa routines', 'unknown padding type', 'ERR_OSSL_RSA_UNKNOWN_PADDING_TYPE');
    case 'digest': return makeNodeError(Error, 'ERR_OSSL_EVP_INVALID_DIGEST', 'Invalid digest used');
    case 'keytype':
      return osslError('03000096', 'digital envelope routines', 'operation not supported for this keytype',
        'ERR_OSSL_EVP_OPERATION_NOT_SUPPORTED_FOR_THIS_KEYTYPE');
  }
  return makeNodeError(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'RSA operation failed');
}

// checkKeyArgument refuses what no RSA operation takes as its key, in
// node's words (keyHandle words them for signing).
function checkKeyArgument(key, wantPrivate) {
  const k = key !== null && typeof key === 'object' && isKeyObject(key.key) ? key.key : key;
  if (isKeyObject(k)) {
    if (k.type === 'secret' && !wantPrivate) {
      throw makeNodeError(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', 'Invalid key object type secret, expected private or public.');
    }
    return;
  }
  if (typeof key !== 'string' && !isAnyArrayBuffer(key) && !isArrayBufferView(key) && (key === null || typeof key !== 'object')) {
    throw invalidArgType('key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'], key);
  }
}

// rsaFunctionFor makes one of the four: its key is private or any, its
// padding defaults as node's does.
function rsaFunctionFor(op, defaultPadding, wantPrivate) {
  return (options, buffer) => {
    checkKeyArgument(options, wantPrivate);
    const h = keyHandle(options, !wantPrivate);
    const padding = (options && options.padding) || defaultPadding;
    const { oaepHash, encoding } = options || {};
    let { oaepLabel } = options || {};
    if (oaepHash !== undefined) validateString(oaepHash, 'key.oaepHash');
    if (oaepLabel !== undefined) oaepLabel = getArrayBufferOrView(oaepLabel, 'key.oaepLabel', encoding);
    buffer = getArrayBufferOrView(buffer, 'buffer', encoding);
    if (op === 'privateDecrypt' && padding === constants.RSA_PKCS1_PADDING) {
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
        'RSA_PKCS1_PADDING is no longer supported for private decryption, this can be reverted with --security-revert=CVE-2023-46809');
    }
    const out = natives.rsaCrypt(h, op, buffer, padding, oaepHash, oaepLabel);
    if (typeof out === 'string') throw failure(out, op);
    return out;
  };
}

const publicEncrypt = rsaFunctionFor('publicEncrypt', constants.RSA_PKCS1_OAEP_PADDING, false);
const privateDecrypt = rsaFunctionFor('privateDecrypt', constants.RSA_PKCS1_OAEP_PADDING, true);
const privateEncrypt = rsaFunctionFor('privateEncrypt', constants.RSA_PKCS1_PADDING, true);
const publicDecrypt = rsaFunctionFor('publicDecrypt', constants.RSA_PKCS1_PADDING, false);

module.exports = { publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt };
