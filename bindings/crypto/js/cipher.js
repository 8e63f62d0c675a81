'use strict';
// Cipheriv and Decipheriv: AES (ECB, CBC, CTR, GCM) and ChaCha20-Poly1305
// in Go; each is also a Transform stream.
const { Buffer } = require('buffer');
const { invalidArgType, invalidArgValue, makeNodeError } = require('internal/errors');
const {
  natives, kHandle, isArrayBufferView, validateString, validateInt32, validateObject,
  validateEncoding, toBuffer, getArrayBufferOrView, prepareSecretKey, getStringOption,
  osslError, LazyTransform, setUpLazyTransform, own,
} = require('internal/crypto/util');

let StringDecoder;

function invalidState(op) {
  return makeNodeError(Error, 'ERR_CRYPTO_INVALID_STATE', op === undefined ? 'Invalid state' : `Invalid state for operation ${op}`);
}

// cipherFailure turns a failure number from Go into node's error.
function cipherFailure(n) {
  switch (n) {
    case 1: return osslError('1C800064', 'Provider routines', 'bad decrypt', 'ERR_OSSL_BAD_DECRYPT');
    case 2: return osslError('1C80006B', 'Provider routines', 'wrong final block length', 'ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH');
    case 3: return new Error('Unsupported state or unable to authenticate data');
    case 4: return invalidState();
    default: return new Error('Trying to add data in unsupported state');
  }
}

function getDecoder(decoder, encoding) {
  if (StringDecoder === undefined) StringDecoder = require('string_decoder').StringDecoder;
  const normalized = Buffer.isEncoding(encoding) ? normalizeEncoding(encoding) : undefined;
  if (normalized === undefined) {
    throw makeNodeError(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${encoding}`);
  }
  if (decoder === null) decoder = new StringDecoder(encoding);
  return decoder;
}

function normalizeEncoding(enc) {
  switch (`${enc}`.toLowerCase()) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'hex': return 'hex';
    case 'ascii': return 'ascii';
  }
  return undefined;
}

function getUIntOption(options, key) {
  let value;
  if (options && (value = options[key]) != null) {
    if (value >>> 0 !== value) throw invalidArgValue(`options.${key}`, value);
    return value;
  }
  return -1;
}

function initCipher(self, cipher, key, iv, options, decrypt) {
  setUpLazyTransform();
  validateString(cipher, 'cipher');
  const encoding = getStringOption(options, 'encoding');
  key = prepareSecretKey(key, encoding);
  iv = iv === null ? null : getArrayBufferOrView(iv, 'iv');
  const authTagLength = getUIntOption(options, 'authTagLength');
  const h = natives.cipherNew(cipher, key, iv, authTagLength, decrypt);
  switch (h) {
    case 'cipher': throw makeNodeError(Error, 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
    case 'key': throw makeNodeError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
    case 'iv': throw makeNodeError(TypeError, 'ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector');
    case 'tag': throw makeNodeError(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG', `Invalid authentication tag length: ${authTagLength}`);
  }
  own(self, kHandle, h);
  own(self, '_decoder', null);
  LazyTransform.call(self, options);
}

function update(data, inputEncoding, outputEncoding) {
  if (typeof data === 'string') {
    // UTF-8 strings go to Go as they are.
    if (inputEncoding !== undefined && inputEncoding !== 'utf8' && inputEncoding !== 'utf-8') {
      validateEncoding(data, inputEncoding);
      data = toBuffer(data, inputEncoding);
    }
  } else if (!isArrayBufferView(data)) {
    throw invalidArgType('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  const ret = natives.cipherUpdate(this[kHandle], data);
  if (typeof ret === 'number') throw cipherFailure(ret);
  if (outputEncoding && outputEncoding !== 'buffer') {
    this._decoder = getDecoder(this._decoder, outputEncoding);
    return this._decoder.write(ret);
  }
  return ret;
}

function final(outputEncoding) {
  const ret = natives.cipherFinal(this[kHandle]);
  if (typeof ret === 'number') throw cipherFailure(ret);
  if (outputEncoding && outputEncoding !== 'buffer') {
    this._decoder = getDecoder(this._decoder, outputEncoding);
    return this._decoder.end(ret);
  }
  return ret;
}

function _transform(chunk, encoding, callback) {
  const ret = natives.cipherUpdate(this[kHandle], toBuffer(chunk, encoding));
  if (typeof ret === 'number') {
    callback(cipherFailure(ret));
    return;
  }
  this.push(ret);
  callback();
}

function _flush(callback) {
  const ret = natives.cipherFinal(this[kHandle]);
  if (typeof ret === 'number') {
    callback(cipherFailure(ret));
    return;
  }
  this.push(ret);
  callback();
}

function setAutoPadding(ap) {
  if (!natives.cipherSetAutoPadding(this[kHandle], !!ap)) throw invalidState('setAutoPadding');
  return this;
}

function getAuthTag() {
  const ret = natives.cipherGetAuthTag(this[kHandle]);
  if (ret === undefined) throw invalidState('getAuthTag');
  return ret;
}

function setAuthTag(tagbuf, encoding) {
  tagbuf = getArrayBufferOrView(tagbuf, 'buffer', encoding);
  const r = natives.cipherSetAuthTag(this[kHandle], tagbuf);
  if (r === 1) throw invalidState('setAuthTag');
  if (r === 2) {
    throw makeNodeError(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG', `Invalid authentication tag length: ${tagbuf.byteLength}`);
  }
  return this;
}

function setAAD(aadbuf, options) {
  const encoding = getStringOption(options, 'encoding');
  getUIntOption(options, 'plaintextLength');
  aadbuf = getArrayBufferOrView(aadbuf, 'aadbuf', encoding);
  if (!natives.cipherSetAAD(this[kHandle], aadbuf)) throw invalidState('setAAD');
  return this;
}

function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  initCipher(this, cipher, key, iv, options, false);
}

function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  initCipher(this, cipher, key, iv, options, true);
}

// The methods are in place before the prototypes reach LazyTransform's
// (assigning them afterwards would look up the chain).
for (const C of [Cipheriv, Decipheriv]) {
  C.prototype._transform = _transform;
  C.prototype._flush = _flush;
  C.prototype.update = update;
  C.prototype.final = final;
  C.prototype.setAutoPadding = setAutoPadding;
  if (C === Cipheriv) C.prototype.getAuthTag = getAuthTag;
  else C.prototype.setAuthTag = setAuthTag;
  C.prototype.setAAD = setAAD;
  Object.setPrototypeOf(C.prototype, LazyTransform.prototype);
  Object.setPrototypeOf(C, LazyTransform);
}

function getCipherInfo(nameOrNid, options) {
  if (typeof nameOrNid !== 'string' && typeof nameOrNid !== 'number') {
    throw invalidArgType('nameOrNid', ['string', 'number'], nameOrNid);
  }
  if (typeof nameOrNid === 'number') validateInt32(nameOrNid, 'nameOrNid');
  let keyLength, ivLength;
  if (options !== undefined) {
    validateObject(options, 'options');
    ({ keyLength, ivLength } = options);
    if (keyLength !== undefined) validateInt32(keyLength, 'options.keyLength');
    if (ivLength !== undefined) validateInt32(ivLength, 'options.ivLength');
  }
  let name = nameOrNid;
  if (typeof nameOrNid === 'number') {
    name = natives.getCiphers().find((n) => { const i = natives.cipherInfo(n); return i && i.nid === nameOrNid; });
    if (name === undefined) return undefined;
  }
  const info = natives.cipherInfo(name);
  if (info === undefined) return undefined;
  if (keyLength !== undefined && keyLength !== info.keyLength) return undefined;
  if (ivLength !== undefined && ivLength !== info.ivLength) {
    // GCM takes IVs of any length; the other modes only their own.
    if (info.mode !== 'gcm' || ivLength < 1) return undefined;
    info.ivLength = ivLength;
  }
  return info;
}

module.exports = { Cipheriv, Decipheriv, getCipherInfo };
