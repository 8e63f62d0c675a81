'use strict';
// Hash, Hmac and crypto.hash(): the digest runs in Go, a Hash or Hmac is
// also a Transform stream that emits its digest when the input ends.
const { Buffer } = require('buffer');
const { invalidArgType, invalidArgValue, makeNodeError } = require('internal/errors');
const {
  natives, kHandle, isArrayBufferView, validateString, validateObject, validateUint32,
  validateEncoding, toBuffer, prepareSecretKey, getStringOption, osslError, invalidDigest,
  LazyTransform, setUpLazyTransform, own,
} = require('internal/crypto/util');

const kFinalized = Symbol('kFinalized');

function hashFinalized() {
  return makeNodeError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
}

function notXOF() {
  return osslError('030000B2', 'digital envelope routines', 'not XOF or invalid length',
    'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH');
}

// outputLengthOption reads options.outputLength (-1 when absent).
function outputLengthOption(options) {
  const len = options !== null && typeof options === 'object' ? options.outputLength : undefined;
  if (len === undefined) return -1;
  validateUint32(len, 'options.outputLength');
  return len + 0;
}

// digestAs returns the digest as node's digest(encoding) does: a string
// in a known encoding (the common ones made in Go), a Buffer otherwise.
function digestAs(handle, encoding) {
  const enc = encoding ? `${encoding}` : undefined;
  const out = natives.hashDigest(handle, enc);
  if (typeof out === 'string' || enc === undefined || enc === 'buffer') return out;
  return Buffer.isEncoding(enc) ? out.toString(enc) : out;
}

// isUTF8 reports whether a string update can go to Go as it is.
function isUTF8(encoding) {
  return encoding === undefined || encoding === 'utf8' || encoding === 'utf-8' || encoding === null;
}

function Hash(algorithm, options) {
  if (!new.target) return new Hash(algorithm, options);
  setUpLazyTransform();
  const parent = algorithm !== null && typeof algorithm === 'object' && algorithm[kHandle] !== undefined ? algorithm : undefined;
  if (parent === undefined) validateString(algorithm, 'algorithm');
  const outLen = outputLengthOption(options);
  const h = parent !== undefined ? natives.hashCopy(parent[kHandle], outLen) : natives.hashNew(algorithm, outLen);
  if (h === 0) throw new Error('Digest method not supported');
  if (h === 1) throw notXOF();
  own(this, kHandle, h);
  own(this, kFinalized, false);
  LazyTransform.call(this, options);
}

Hash.prototype.copy = function copy(options) {
  if (this[kFinalized]) throw hashFinalized();
  return new Hash(this, options);
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  natives.hashUpdate(this[kHandle], toBuffer(chunk, encoding));
  callback();
};

Hash.prototype._flush = function _flush(callback) {
  this.push(natives.hashDigest(this[kHandle]));
  callback();
};

Hash.prototype.update = function update(data, encoding) {
  if (this[kFinalized]) throw hashFinalized();
  if (typeof data === 'string') {
    if (!isUTF8(encoding)) {
      validateEncoding(data, encoding);
      data = toBuffer(data, encoding);
    }
  } else if (!isArrayBufferView(data)) {
    throw invalidArgType('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  natives.hashUpdate(this[kHandle], data);
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  if (this[kFinalized]) throw hashFinalized();
  const out = digestAs(this[kHandle], outputEncoding);
  this[kFinalized] = true;
  return out;
};

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  setUpLazyTransform();
  validateString(hmac, 'hmac');
  const encoding = getStringOption(options, 'encoding');
  if (typeof key !== 'string' || !isUTF8(encoding)) key = prepareSecretKey(key, encoding);
  const h = natives.hmacNew(hmac, key);
  if (h === 0) throw invalidDigest(hmac);
  if (h === 2) throw new Error('error:00000000:lib(0)::reason(0)');
  own(this, kHandle, h);
  own(this, kFinalized, false);
  LazyTransform.call(this, options);
}

Hmac.prototype.update = Hash.prototype.update;
Hmac.prototype._transform = Hash.prototype._transform;

Hmac.prototype.digest = function digest(outputEncoding) {
  if (this[kFinalized]) {
    const buf = Buffer.alloc(0);
    return outputEncoding && outputEncoding !== 'buffer' && Buffer.isEncoding(`${outputEncoding}`) ? buf.toString(`${outputEncoding}`) : buf;
  }
  const out = digestAs(this[kHandle], outputEncoding);
  this[kFinalized] = true;
  return out;
};

Hmac.prototype._flush = function _flush(callback) {
  this.push(natives.hashDigest(this[kHandle]));
  this[kFinalized] = true;
  callback();
};

// The classes' own methods are in place before their prototypes reach
// LazyTransform's (assigning them afterwards would look up the chain).
for (const C of [Hash, Hmac]) {
  Object.setPrototypeOf(C.prototype, LazyTransform.prototype);
  Object.setPrototypeOf(C, LazyTransform);
}

// hash is crypto.hash(algorithm, input[, outputEncoding]): a one-shot
// digest, hex by default.
function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !isArrayBufferView(input)) {
    throw invalidArgType('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  let normalized = outputEncoding;
  if (outputEncoding !== 'hex') {
    validateString(outputEncoding, 'outputEncoding');
    if (outputEncoding.toLowerCase() === 'buffer') normalized = 'buffer';
    else if (!Buffer.isEncoding(outputEncoding)) throw invalidArgValue('outputEncoding', outputEncoding);
  }
  const out = natives.hashOnce(algorithm, input, -1, undefined, normalized);
  if (out === 0) throw new Error(`Digest method ${algorithm} is not supported`);
  return typeof out === 'string' || normalized === 'buffer' ? out : out.toString(normalized);
}

module.exports = { Hash, Hmac, hash };
