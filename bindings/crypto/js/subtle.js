'use strict';
// SubtleCrypto's secret-key operations: CryptoKey, importKey and
// exportKey (raw, jwk), generateKey, sign and verify with HMAC, encrypt
// and decrypt with AES-GCM, built on the same Go natives as the crypto
// module.
const { Buffer } = require('buffer');
const { makeNodeError } = require('internal/errors');
const { natives, isArrayBufferView, isAnyArrayBuffer } = require('internal/crypto/util');

const kConstruct = Symbol('kConstruct');
const kKey = Symbol('kKey');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

function illegalConstructor() {
  return makeNodeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
}

function domError(message, name) {
  return new DOMException(message, name);
}

// CryptoKey is a secret key with its algorithm, usages and whether it may
// be exported.
class CryptoKey {
  constructor(key, state) {
    if (key !== kConstruct) throw illegalConstructor();
    Object.defineProperty(this, kKey, { value: state });
  }

  get type() { return this[kKey].type; }

  get extractable() { return this[kKey].extractable; }

  get algorithm() { return this[kKey].algorithm; }

  get usages() { return this[kKey].usages; }

  [customInspect](depth, options, inspect) {
    if (typeof depth === 'number' && depth < 0) return this;
    const opts = Object.assign({}, options, { depth: options.depth == null ? null : options.depth - 1 });
    return `CryptoKey ${inspect({ type: this.type, extractable: this.extractable, algorithm: this.algorithm, usages: this.usages }, opts)}`;
  }
}
Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, { value: 'CryptoKey', configurable: true });

const hashNames = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };
const hashBlockBits = { 'SHA-1': 512, 'SHA-256': 512, 'SHA-384': 1024, 'SHA-512': 1024 };
const algorithmNames = ['HMAC', 'AES-GCM', ...Object.keys(hashNames)];

function canonicalName(name) {
  const upper = `${name}`.toUpperCase();
  const found = algorithmNames.find((n) => n === upper);
  if (found === undefined) throw domError('Unrecognized algorithm name', 'NotSupportedError');
  return found;
}

// normalize turns an algorithm identifier into { name, ...params } with
// the name in its canonical case.
function normalize(algorithm) {
  if (typeof algorithm === 'string') return { name: canonicalName(algorithm) };
  if (algorithm === null || typeof algorithm !== 'object') return { name: canonicalName(String(algorithm)) };
  if (typeof algorithm.name !== 'string') {
    const e = new TypeError("Algorithm: name: Required and not a string.");
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
  return Object.assign({}, algorithm, { name: canonicalName(algorithm.name) });
}

function hashOf(algorithm, dictionary) {
  if (algorithm.hash === undefined) {
    const e = new TypeError(`Failed to normalize algorithm: passed algorithm can not be converted to '${dictionary}' because 'hash' is required in '${dictionary}'.`);
    e.code = 'ERR_MISSING_OPTION';
    throw e;
  }
  const h = normalize(algorithm.hash);
  if (hashNames[h.name] === undefined) throw domError('Unrecognized algorithm name', 'NotSupportedError');
  return h.name;
}

function bufferSource(data) {
  if (isAnyArrayBuffer(data)) return Buffer.from(new Uint8Array(data));
  if (isArrayBufferView(data)) return Buffer.from(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  const e = new TypeError('2nd argument is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
  e.code = 'ERR_INVALID_ARG_TYPE';
  throw e;
}

function checkUsages(usages, allowed, what) {
  for (const u of usages) {
    if (!allowed.includes(u)) throw domError(`Unsupported key usage for ${what} key`, 'SyntaxError');
  }
  if (usages.length === 0) throw domError('Usages cannot be empty when importing a secret key.', 'SyntaxError');
}

const hmacUsages = ['sign', 'verify'];
const aesUsages = ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'];

function newKey(algorithm, bytes, extractable, usages) {
  return new CryptoKey(kConstruct, {
    type: 'secret', extractable: !!extractable, algorithm, usages: [...new Set(usages)], bytes,
  });
}

function jwkBytes(jwk) {
  if (jwk === null || typeof jwk !== 'object' || jwk.kty !== 'oct' || typeof jwk.k !== 'string') {
    throw domError('Invalid keyData', 'DataError');
  }
  return Buffer.from(jwk.k, 'base64url');
}

function importSecret(format, keyData, algorithm, extractable, usages) {
  usages = Array.from(usages);
  if (format !== 'raw' && format !== 'jwk') {
    const kind = algorithm.name === 'HMAC' ? 'HMAC' : 'AES';
    throw domError(`Unable to import ${kind} key with format ${format}`, 'NotSupportedError');
  }
  switch (algorithm.name) {
    case 'HMAC': {
      const hash = hashOf(algorithm, 'HmacImportParams');
      checkUsages(usages, hmacUsages, 'an HMAC');
      const bytes = format === 'raw' ? bufferSource(keyData) : jwkBytes(keyData);
      if (bytes.length === 0) throw domError('Zero-length key is not supported', 'DataError');
      return newKey({ name: 'HMAC', hash: { name: hash }, length: bytes.length * 8 }, bytes, extractable, usages);
    }
    case 'AES-GCM': {
      checkUsages(usages, aesUsages, 'an AES');
      const bytes = format === 'raw' ? bufferSource(keyData) : jwkBytes(keyData);
      if (![16, 24, 32].includes(bytes.length)) throw domError('Invalid key length', 'DataError');
      return newKey({ name: 'AES-GCM', length: bytes.length * 8 }, bytes, extractable, usages);
    }
  }
  throw domError('Unrecognized algorithm name', 'NotSupportedError');
}

function generateSecret(algorithm, extractable, usages) {
  usages = Array.from(usages);
  switch (algorithm.name) {
    case 'HMAC': {
      const hash = hashOf(algorithm, 'HmacKeyGenParams');
      checkUsages(usages, hmacUsages, 'an HMAC');
      const bits = algorithm.length === undefined ? hashBlockBits[hash] : algorithm.length;
      const bytes = Buffer.alloc(Math.ceil(bits / 8));
      natives.randomFill(bytes, 0, bytes.length);
      return newKey({ name: 'HMAC', length: bits, hash: { name: hash } }, bytes, extractable, usages);
    }
    case 'AES-GCM': {
      if (![128, 192, 256].includes(algorithm.length)) {
        throw domError('AES key length must be 128, 192, or 256 bits', 'OperationError');
      }
      checkUsages(usages, aesUsages, 'an AES');
      const bytes = Buffer.alloc(algorithm.length / 8);
      natives.randomFill(bytes, 0, bytes.length);
      return newKey({ name: 'AES-GCM', length: algorithm.length }, bytes, extractable, usages);
    }
  }
  throw domError('Unrecognized algorithm name', 'NotSupportedError');
}

function exportSecret(format, key) {
  const st = key[kKey];
  if (!st.extractable) throw domError('key is not extractable', 'InvalidAccessException');
  if (format === 'raw') return new Uint8Array(st.bytes).buffer;
  if (format === 'jwk') {
    const alg = st.algorithm.name === 'HMAC' ? `HS${st.algorithm.hash.name.slice(4)}` : `A${st.algorithm.length}GCM`;
    return { key_ops: st.usages, ext: st.extractable, kty: 'oct', k: st.bytes.toString('base64url'), alg };
  }
  throw domError(`Unable to export a raw ${st.algorithm.name} key`, 'NotSupportedError');
}

// usable checks that key may do usage with algorithm. Node checks the
// usage first for sign and verify, the algorithm first for encrypt and
// decrypt.
function usable(key, algorithm, usage) {
  const st = key[kKey];
  const usageFirst = usage === 'sign' || usage === 'verify';
  if (usageFirst && !st.usages.includes(usage)) throw domError(`Unable to use this key to ${usage}`, 'InvalidAccessError');
  if (st.algorithm.name !== algorithm.name) {
    throw domError('The requested operation is not valid for the provided key', 'InvalidAccessError');
  }
  if (!st.usages.includes(usage)) throw domError(`Unable to use this key to ${usage}`, 'InvalidAccessError');
  return st;
}

function hmac(st, data) {
  const h = natives.hmacNew(hashNames[st.algorithm.hash.name], st.bytes);
  natives.hashUpdate(h, data);
  return natives.hashDigest(h);
}

function signSecret(algorithm, key, data) {
  const st = usable(key, algorithm, 'sign');
  return new Uint8Array(hmac(st, bufferSource(data))).buffer;
}

function verifySecret(algorithm, key, signature, data) {
  const st = usable(key, algorithm, 'verify');
  const sig = bufferSource(signature);
  const mac = hmac(st, bufferSource(data));
  return sig.length === mac.length && natives.timingSafeEqual(sig, mac);
}

function gcmParams(algorithm) {
  const iv = bufferSource(algorithm.iv);
  const tagLength = algorithm.tagLength === undefined ? 128 : algorithm.tagLength;
  if (![32, 64, 96, 104, 112, 120, 128].includes(tagLength)) {
    throw domError(`${tagLength} is not a valid AES-GCM tag length`, 'OperationError');
  }
  const aad = algorithm.additionalData === undefined ? undefined : bufferSource(algorithm.additionalData);
  return { iv, tagBytes: tagLength / 8, aad };
}

function encryptSecret(algorithm, key, data) {
  const st = usable(key, algorithm, 'encrypt');
  const { iv, tagBytes, aad } = gcmParams(algorithm);
  const c = natives.cipherNew(`aes-${st.bytes.length * 8}-gcm`, st.bytes, iv, tagBytes, false);
  if (typeof c === 'string') throw domError('The operation failed for an operation-specific reason', 'OperationError');
  if (aad !== undefined) natives.cipherSetAAD(c, aad);
  const body = natives.cipherUpdate(c, bufferSource(data));
  natives.cipherFinal(c);
  return new Uint8Array(Buffer.concat([body, natives.cipherGetAuthTag(c)])).buffer;
}

function decryptSecret(algorithm, key, data) {
  const st = usable(key, algorithm, 'decrypt');
  const { iv, tagBytes, aad } = gcmParams(algorithm);
  const input = bufferSource(data);
  const failed = () => domError('The operation failed for an operation-specific reason', 'OperationError');
  if (input.length < tagBytes) throw domError('The provided data is too small.', 'OperationError');
  const c = natives.cipherNew(`aes-${st.bytes.length * 8}-gcm`, st.bytes, iv, tagBytes, true);
  if (typeof c === 'string') throw failed();
  if (aad !== undefined) natives.cipherSetAAD(c, aad);
  natives.cipherSetAuthTag(c, input.subarray(input.length - tagBytes));
  const body = natives.cipherUpdate(c, input.subarray(0, input.length - tagBytes));
  if (typeof natives.cipherFinal(c) === 'number') throw failed();
  return new Uint8Array(body).buffer;
}

module.exports = {
  CryptoKey, normalize, importSecret, generateSecret, exportSecret, signSecret, verifySecret,
  encryptSecret, decryptSecret,
};
