'use strict';
// sign, verify and the Sign and Verify streams, for RSA (PKCS #1 v1.5 and
// PSS), ECDSA and Ed25519 keys.
const { invalidArgType, invalidArgValue, makeNodeError } = require('internal/errors');
const {
  natives, kHandle, isArrayBufferView, validateString, validateFunction, validateEncoding, toBuffer,
  getArrayBufferOrView, osslError, invalidDigest,
} = require('internal/crypto/util');
const { keyHandle } = require('internal/crypto/keyobject');

const constants = Object.freeze({
  RSA_PKCS1_PADDING: 1,
  RSA_NO_PADDING: 3,
  RSA_PKCS1_OAEP_PADDING: 4,
  RSA_X931_PADDING: 5,
  RSA_PKCS1_PSS_PADDING: 6,
  RSA_PSS_SALTLEN_DIGEST: -1,
  RSA_PSS_SALTLEN_MAX_SIGN: -2,
  RSA_PSS_SALTLEN_AUTO: -2,
  POINT_CONVERSION_COMPRESSED: 2,
  POINT_CONVERSION_UNCOMPRESSED: 4,
  POINT_CONVERSION_HYBRID: 6,
});

function keyRequired() {
  return makeNodeError(Error, 'ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign');
}

function intOption(name, options) {
  if (options !== null && typeof options === 'object' && options[name] !== undefined) {
    const value = options[name];
    if (value === value >> 0) return value;
    throw invalidArgValue(`options.${name}`, value);
  }
  return undefined;
}

// signOptions reads padding, saltLength and dsaEncoding from the key
// argument, as node does.
function signOptions(key, verifying) {
  let p1363 = false;
  if (key !== null && typeof key === 'object') {
    const { dsaEncoding = 'der' } = key;
    if (dsaEncoding === 'ieee-p1363') p1363 = true;
    else if (dsaEncoding !== 'der') throw invalidArgValue('options.dsaEncoding', dsaEncoding);
  }
  const padding = intOption('padding', key);
  const salt = intOption('saltLength', key);
  const pss = padding === constants.RSA_PKCS1_PSS_PADDING;
  return { p1363, pss, salt: salt === undefined ? (verifying ? -2 : -2) : salt };
}

function checkDigest(algorithm, withName) {
  if (algorithm == null) return null;
  if (natives.digestSize(algorithm) < 0) throw withName ? invalidDigest(algorithm) : makeNodeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest');
  return algorithm;
}

// signFailure turns a failure name from Go into node's error.
function signFailure(name) {
  switch (name) {
    case 'digest': return osslError('1C80007A', 'Provider routines', 'invalid digest', 'ERR_OSSL_INVALID_DIGEST');
    case 'unsupported': return makeNodeError(Error, 'ERR_CRYPTO_UNSUPPORTED_OPERATION', 'Unsupported crypto operation');
  }
  return makeNodeError(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Signing failed');
}

function sign(algorithm, data, key, callback) {
  if (algorithm != null) validateString(algorithm, 'algorithm');
  if (callback !== undefined) validateFunction(callback, 'callback');
  data = getArrayBufferOrView(data, 'data');
  if (!key) throw keyRequired();
  const o = signOptions(key, false);
  const h = keyHandle(key, false);
  const digest = checkDigest(algorithm, true);
  if (callback === undefined) {
    const r = natives.sign(h, data, digest, o.p1363, o.pss, o.salt, false);
    if (typeof r === 'string') throw signFailure(r);
    return r;
  }
  natives.sign(h, data, digest, o.p1363, o.pss, o.salt, false, (err, sig) => {
    if (err) return callback(signFailure(err));
    callback(null, sig);
  });
}

function verify(algorithm, data, key, signature, callback) {
  if (algorithm != null) validateString(algorithm, 'algorithm');
  if (callback !== undefined) validateFunction(callback, 'callback');
  data = getArrayBufferOrView(data, 'data');
  if (!isArrayBufferView(data)) throw invalidArgType('data', ['Buffer', 'TypedArray', 'DataView'], data);
  signature = getArrayBufferOrView(signature, 'signature');
  if (!key) throw keyRequired();
  const o = signOptions(key, true);
  const h = keyHandle(key, true);
  const digest = checkDigest(algorithm, true);
  if (callback === undefined) {
    const r = natives.verify(h, data, digest, o.p1363, o.pss, o.salt, false, signature);
    if (typeof r === 'string') throw signFailure(r);
    return r;
  }
  natives.verify(h, data, digest, o.p1363, o.pss, o.salt, false, signature, (err, ok) => {
    if (err) return callback(signFailure(err));
    callback(null, ok);
  });
}

let Writable;
function writable() {
  if (Writable === undefined) {
    Writable = require('stream').Writable;
    for (const C of [Sign, Verify]) {
      Object.setPrototypeOf(C.prototype, Writable.prototype);
      Object.setPrototypeOf(C, Writable);
    }
  }
  return Writable;
}

const kDigest = Symbol('kDigest');

function initDigest(self, algorithm, options) {
  validateString(algorithm, 'algorithm');
  checkDigest(algorithm, false);
  const h = natives.hashNew(algorithm, -1);
  if (typeof h === 'number') throw makeNodeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest');
  self[kHandle] = h;
  self[kDigest] = algorithm;
  writable().call(self, options);
}

function update(data, encoding) {
  if (this[kHandle] === null) throw makeNodeError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Not initialised');
  if (typeof data === 'string') {
    validateEncoding(data, encoding);
    data = toBuffer(data, encoding);
  } else if (!isArrayBufferView(data)) {
    throw invalidArgType('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  natives.hashUpdate(this[kHandle], data);
  return this;
}

function _write(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
}

// takeDigest finishes the running digest; a Sign or Verify works once.
function takeDigest(self) {
  if (self[kHandle] === null) throw makeNodeError(Error, 'ERR_CRYPTO_INVALID_STATE', 'Not initialised');
  const d = natives.hashDigest(self[kHandle]);
  self[kHandle] = null;
  return d;
}

function Sign(algorithm, options) {
  if (!(this instanceof Sign)) return new Sign(algorithm, options);
  initDigest(this, algorithm, options);
}
Sign.prototype.update = update;
Sign.prototype._write = _write;
Sign.prototype.sign = function sign(options, encoding) {
  if (!options) throw keyRequired();
  const o = signOptions(options, false);
  const h = keyHandle(options, false);
  const r = natives.sign(h, takeDigest(this), this[kDigest], o.p1363, o.pss, o.salt, true);
  if (typeof r === 'string') throw signFailure(r);
  if (encoding && encoding !== 'buffer') return r.toString(encoding);
  return r;
};

function Verify(algorithm, options) {
  if (!(this instanceof Verify)) return new Verify(algorithm, options);
  initDigest(this, algorithm, options);
}
Verify.prototype.update = update;
Verify.prototype._write = _write;
Verify.prototype.verify = function verify(options, signature, sigEncoding) {
  if (!options) throw keyRequired();
  const o = signOptions(options, true);
  const h = keyHandle(options, true);
  signature = getArrayBufferOrView(signature, 'signature', sigEncoding);
  const r = natives.verify(h, takeDigest(this), this[kDigest], o.p1363, o.pss, o.salt, true, signature);
  if (typeof r === 'string') throw signFailure(r);
  return r;
};

function createSign(algorithm, options) {
  return new Sign(algorithm, options);
}

function createVerify(algorithm, options) {
  return new Verify(algorithm, options);
}

module.exports = { sign, verify, Sign, Verify, createSign, createVerify, constants };
