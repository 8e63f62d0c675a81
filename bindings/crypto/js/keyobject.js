'use strict';
// KeyObject (secret, public and private keys), createSecretKey,
// createPrivateKey, createPublicKey and generateKeyPair(Sync) for RSA, EC
// (P-256, P-384, P-521) and Ed25519 keys held in Go.
const { Buffer } = require('buffer');
const { invalidArgType, invalidArgValue, makeNodeError } = require('internal/errors');
const {
  natives, kKeyObject, isArrayBufferView, isAnyArrayBuffer, validateString, validateObject,
  validateFunction, validateUint32, prepareSecretKey, osslError,
} = require('internal/crypto/util');

const kKeyType = Symbol('kKeyType');
const kAsymmetricKeyType = Symbol('kAsymmetricKeyType');
const kConstruct = Symbol('kConstruct');

function isKeyObject(v) {
  return v !== null && typeof v === 'object' && v[kKeyObject] !== undefined;
}

class KeyObject {
  constructor(type, handle) {
    if (handle !== kConstruct) {
      throw makeNodeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
    }
    this[kKeyType] = type;
  }

  get type() {
    return this[kKeyType];
  }

  equals(otherKeyObject) {
    if (!isKeyObject(otherKeyObject)) throw invalidArgType('otherKeyObject', 'KeyObject', otherKeyObject);
    return otherKeyObject.type === this.type && natives.keyEquals(this[kKeyObject], otherKeyObject[kKeyObject]);
  }
}
Object.defineProperty(KeyObject.prototype, Symbol.toStringTag, { value: 'KeyObject', configurable: true });

class SecretKeyObject extends KeyObject {
  constructor(handle) {
    super('secret', kConstruct);
    Object.defineProperty(this, kKeyObject, { value: handle });
  }

  get symmetricKeySize() {
    return natives.keyInfo(this[kKeyObject]).symmetricKeySize;
  }

  export(options) {
    if (options !== undefined) {
      validateObject(options, 'options');
      const { format } = options;
      if (format === 'jwk') return natives.keyJWK(this[kKeyObject]);
      if (format !== undefined && format !== 'buffer') {
        throw invalidArgValue('options.format', format, "must be one of: undefined, 'buffer', 'jwk'");
      }
    }
    return natives.keySecretBytes(this[kKeyObject]);
  }
}

class AsymmetricKeyObject extends KeyObject {
  constructor(type, handle) {
    super(type, kConstruct);
    Object.defineProperty(this, kKeyObject, { value: handle });
    this[kAsymmetricKeyType] = natives.keyInfo(handle).asymmetricKeyType;
  }

  get asymmetricKeyType() {
    return this[kAsymmetricKeyType];
  }

  get asymmetricKeyDetails() {
    const info = natives.keyInfo(this[kKeyObject]);
    switch (this[kAsymmetricKeyType]) {
      case 'rsa': return { modulusLength: info.modulusLength, publicExponent: BigInt(info.publicExponent) };
      case 'ec': return { namedCurve: info.namedCurve };
    }
    return {};
  }

  export(options) {
    validateObject(options, 'options');
    const { format, type } = options;
    if (format === 'jwk') return natives.keyJWK(this[kKeyObject]);
    if (format !== 'pem' && format !== 'der') throw invalidArgValue('options.format', format);
    const types = this.type === 'public' ? ['pkcs1', 'spki'] : ['pkcs1', 'pkcs8', 'sec1'];
    if (!types.includes(type)) throw invalidArgValue('options.type', type);
    if (this.type === 'private' && (options.cipher !== undefined || options.passphrase !== undefined)) {
      throw makeNodeError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
        'Encrypted private keys are not supported');
    }
    checkEncodingFits(this[kAsymmetricKeyType], type);
    return natives.keyExport(this[kKeyObject], format, type);
  }
}

// checkEncodingFits refuses pkcs1 for non-RSA keys and sec1 for non-EC ones.
function checkEncodingFits(keyType, type) {
  if (type === 'pkcs1' && keyType !== 'rsa') {
    throw makeNodeError(Error, 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', 'The selected key encoding pkcs1 can only be used for RSA keys.');
  }
  if (type === 'sec1' && keyType !== 'ec') {
    throw makeNodeError(Error, 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', 'The selected key encoding sec1 can only be used for EC keys.');
  }
}

class PublicKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('public', handle);
  }
}

class PrivateKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('private', handle);
  }
}

function createSecretKey(key, encoding) {
  if (isKeyObject(key)) throw invalidArgType('key', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'string'], key);
  const bytes = prepareSecretKey(key, encoding);
  return new SecretKeyObject(natives.keySecret(bytes));
}

function unsupportedKey() {
  return osslError('1E08010C', 'DECODER routines', 'unsupported', 'ERR_OSSL_UNSUPPORTED');
}

const keyInputTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

// importKey reads the key argument of createPrivateKey/createPublicKey
// (and of sign/verify) and returns its native handle.
function importKey(key, wantPublic) {
  let data = key, format = 'pem', type, encoding;
  if (key !== null && typeof key === 'object' && !isAnyArrayBuffer(key) && !isArrayBufferView(key)) {
    ({ key: data, format = 'pem', type, encoding } = key);
    if (format === 'jwk') {
      validateObject(data, 'key.key');
      validateJWK(data);
      const h = natives.keyImportJWK(data, wantPublic);
      if (typeof h === 'string') throw makeNodeError(TypeError, 'ERR_CRYPTO_INVALID_JWK', 'Invalid JWK data');
      return h;
    }
    if (format !== 'pem' && format !== 'der') throw invalidArgValue('options.format', format);
    if (isKeyObject(data)) return data;
  }
  if (typeof data === 'string') data = Buffer.from(data, encoding === undefined || encoding === 'buffer' ? 'utf8' : encoding);
  else if (isAnyArrayBuffer(data)) data = new Uint8Array(data);
  else if (!isArrayBufferView(data)) {
    throw invalidArgType(typeof key === 'object' && key !== null && !isArrayBufferView(key) ? 'key.key' : 'key', keyInputTypes, data);
  }
  if (format === 'der') {
    const types = wantPublic ? ['pkcs1', 'spki', 'pkcs8', 'sec1'] : ['pkcs1', 'pkcs8', 'sec1'];
    if (!types.includes(type)) throw invalidArgValue('options.type', type);
  }
  const h = natives.keyImport(data, format, type === undefined ? '' : type, wantPublic);
  if (typeof h === 'string') throw unsupportedKey();
  return h;
}

// validateJWK checks the members node checks before reading a JWK.
function validateJWK(jwk) {
  validateString(jwk.kty, 'key.kty');
  switch (jwk.kty) {
    case 'OKP':
      validateString(jwk.crv, 'key.crv');
      validateString(jwk.x, 'key.x');
      break;
    case 'EC':
      validateString(jwk.crv, 'key.crv');
      validateString(jwk.x, 'key.x');
      validateString(jwk.y, 'key.y');
      break;
    case 'RSA':
      validateString(jwk.n, 'key.n');
      validateString(jwk.e, 'key.e');
      break;
  }
}

function invalidKeyObjectType(actual, expected) {
  return makeNodeError(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', `Invalid key object type ${actual}, expected ${expected}.`);
}

// keyHandle returns the native handle of a private (or, for verify, any
// asymmetric) key given as a KeyObject or in any form importKey reads.
function keyHandle(key, wantPublic) {
  if (isKeyObject(key)) {
    if (key.type === 'secret' || (!wantPublic && key.type !== 'private')) {
      throw invalidKeyObjectType(key.type, 'private');
    }
    return wantPublic ? natives.keyPublic(key[kKeyObject]) : key[kKeyObject];
  }
  if (key !== null && typeof key === 'object' && isKeyObject(key.key)) return keyHandle(key.key, wantPublic);
  return importKey(key, wantPublic);
}

function createPrivateKey(key) {
  const h = importKey(key, false);
  if (isKeyObject(h)) throw invalidArgType('key', keyInputTypes, h);
  return new PrivateKeyObject(h);
}

function createPublicKey(key) {
  if (isKeyObject(key)) {
    if (key.type !== 'private') throw invalidKeyObjectType(key.type, 'private');
    return new PublicKeyObject(natives.keyPublic(key[kKeyObject]));
  }
  let h = importKey(key, true);
  if (isKeyObject(h)) {
    if (h.type !== 'private') throw invalidKeyObjectType(h.type, 'private');
    h = natives.keyPublic(h[kKeyObject]);
  }
  return new PublicKeyObject(h);
}

// keyGenArgs checks generateKeyPair's type and options and returns the
// natives' arguments.
function keyGenArgs(type, options) {
  validateString(type, 'type');
  if (options !== undefined) validateObject(options, 'options');
  const o = options || {};
  switch (type) {
    case 'rsa': {
      validateUint32(o.modulusLength, 'options.modulusLength');
      let exponent = 0x10001;
      if (o.publicExponent !== undefined) {
        validateUint32(o.publicExponent, 'options.publicExponent');
        exponent = o.publicExponent;
      }
      return [type, o.modulusLength, exponent, ''];
    }
    case 'ec': {
      validateString(o.namedCurve, 'options.namedCurve');
      if (!natives.hasCurve(o.namedCurve)) throw makeNodeError(TypeError, 'ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name');
      return [type, 0, 0, o.namedCurve];
    }
    case 'ed25519':
      return [type, 0, 0, ''];
  }
  throw invalidArgValue('type', type, 'must be a supported key type');
}

// encodingOption checks publicKeyEncoding / privateKeyEncoding.
function encodingOption(options, name, isPublic) {
  const enc = options && options[name];
  if (enc === undefined) return undefined;
  validateObject(enc, `options.${name}`);
  const { format, type } = enc;
  if (format === 'jwk') return enc;
  if (format !== 'pem' && format !== 'der') throw invalidArgValue(`options.${name}.format`, format);
  const types = isPublic ? ['pkcs1', 'spki'] : ['pkcs1', 'pkcs8', 'sec1'];
  if (!types.includes(type)) throw invalidArgValue(`options.${name}.type`, type);
  return enc;
}

function encodePair(priv, pubEnc, privEnc) {
  let publicKey = new PublicKeyObject(natives.keyPublic(priv));
  let privateKey = new PrivateKeyObject(priv);
  if (pubEnc !== undefined) publicKey = publicKey.export(pubEnc);
  if (privEnc !== undefined) privateKey = privateKey.export(privEnc);
  return { publicKey, privateKey };
}

function generateKeyPairSync(type, options) {
  const args = keyGenArgs(type, options);
  const pubEnc = encodingOption(options, 'publicKeyEncoding', true);
  const privEnc = encodingOption(options, 'privateKeyEncoding', false);
  return encodePair(natives.keyGenerate(...args), pubEnc, privEnc);
}

function generateKeyPair(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const args = keyGenArgs(type, options);
  const pubEnc = encodingOption(options, 'publicKeyEncoding', true);
  const privEnc = encodingOption(options, 'privateKeyEncoding', false);
  natives.keyGenerate(...args, (err, priv) => {
    if (err) return callback(err);
    let pair;
    try {
      pair = encodePair(priv, pubEnc, privEnc);
    } catch (e) {
      return callback(e);
    }
    callback(null, pair.publicKey, pair.privateKey);
  });
}

module.exports = {
  KeyObject, createSecretKey, createPrivateKey, createPublicKey, generateKeyPair, generateKeyPairSync,
  keyHandle, isKeyObject,
};
