'use strict';
// Web Crypto: the Crypto object that is globalThis.crypto and
// require('crypto').webcrypto, with getRandomValues, randomUUID and a
// SubtleCrypto that digests, and imports, exports and generates secret
// keys for HMAC (sign, verify) and AES-GCM (encrypt, decrypt).
const { makeNodeError } = require('internal/errors');
const { natives, isArrayBufferView, isAnyArrayBuffer } = require('internal/crypto/util');
const random = require('internal/crypto/random');
const secret = require('internal/crypto/subtle');

const kConstruct = Symbol('kConstruct');

function illegalConstructor() {
  return makeNodeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
}

function invalidThis(type) {
  return makeNodeError(TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
}

// codedTypeError is how node's WebIDL layer reports bad arguments: a
// plain TypeError with a code property.
function codedTypeError(code, message) {
  const e = new TypeError(message);
  e.code = code;
  return e;
}

function requiredArguments(length, required, prefix) {
  if (length < required) {
    throw codedTypeError('ERR_MISSING_ARGS',
      `${prefix}: ${required} argument${required === 1 ? '' : 's'} required, but only ${length} present.`);
  }
}

// digestNames are the digests SubtleCrypto.digest knows, by upper-case name.
const digestNames = {
  'SHA-1': ['SHA-1', 'sha1'],
  'SHA-256': ['SHA-256', 'sha256'],
  'SHA-384': ['SHA-384', 'sha384'],
  'SHA-512': ['SHA-512', 'sha512'],
};

class SubtleCrypto {
  constructor(key) {
    if (key !== kConstruct) throw illegalConstructor();
  }

  async digest(algorithm, data) {
    if (this !== subtle) throw invalidThis('SubtleCrypto');
    const prefix = "Failed to execute 'digest' on 'SubtleCrypto'";
    requiredArguments(arguments.length, 2, prefix);
    if (algorithm === null || (typeof algorithm !== 'object' && typeof algorithm !== 'function')) {
      algorithm = { name: `${algorithm}` };
    }
    if (!isAnyArrayBuffer(data) && !isArrayBufferView(data)) {
      throw codedTypeError('ERR_INVALID_ARG_TYPE',
        `${prefix}: 2nd argument is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.`);
    }
    const name = algorithm.name;
    if (typeof name !== 'string') {
      throw codedTypeError('ERR_INVALID_ARG_TYPE',
        `${prefix}: 1st argument: Algorithm: name: Required and not a string.`);
    }
    const entry = digestNames[name.toUpperCase()];
    if (entry === undefined) throw new DOMException('Unrecognized algorithm name', 'NotSupportedError');
    const bytes = isAnyArrayBuffer(data) ? new Uint8Array(data) :
      new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    return new Promise((resolve, reject) => {
      natives.hashOnce(entry[1], bytes, -1, (err, buf) => (err ? reject(err) : resolve(buf.buffer)));
    });
  }

  async importKey(format, keyData, algorithm, extractable, keyUsages) {
    check(this, arguments.length, 4, 'importKey');
    return secret.importSecret(`${format}`, keyData, secret.normalize(algorithm), extractable, keyUsages);
  }

  async exportKey(format, key) {
    check(this, arguments.length, 2, 'exportKey');
    checkKey(key, 'exportKey', '2nd');
    return secret.exportSecret(`${format}`, key);
  }

  async generateKey(algorithm, extractable, keyUsages) {
    check(this, arguments.length, 3, 'generateKey');
    return secret.generateSecret(secret.normalize(algorithm), extractable, keyUsages);
  }

  async sign(algorithm, key, data) {
    check(this, arguments.length, 3, 'sign');
    checkKey(key, 'sign', '2nd');
    return secret.signSecret(secret.normalize(algorithm), key, data);
  }

  async verify(algorithm, key, signature, data) {
    check(this, arguments.length, 4, 'verify');
    checkKey(key, 'verify', '2nd');
    return secret.verifySecret(secret.normalize(algorithm), key, signature, data);
  }

  async encrypt(algorithm, key, data) {
    check(this, arguments.length, 3, 'encrypt');
    checkKey(key, 'encrypt', '2nd');
    return secret.encryptSecret(secret.normalize(algorithm), key, data);
  }

  async decrypt(algorithm, key, data) {
    check(this, arguments.length, 3, 'decrypt');
    checkKey(key, 'decrypt', '2nd');
    return secret.decryptSecret(secret.normalize(algorithm), key, data);
  }
}

// check refuses another this and missing arguments, as node's WebIDL
// layer does.
function check(self, length, required, method) {
  if (self !== subtle) throw invalidThis('SubtleCrypto');
  requiredArguments(length, required, `Failed to execute '${method}' on 'SubtleCrypto'`);
}

function checkKey(key, method, nth) {
  if (!(key instanceof secret.CryptoKey)) {
    throw codedTypeError('ERR_INVALID_ARG_TYPE',
      `Failed to execute '${method}' on 'SubtleCrypto': ${nth} argument is not of type CryptoKey.`);
  }
}
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, { value: 'SubtleCrypto', configurable: true });

const subtle = new SubtleCrypto(kConstruct);

class Crypto {
  constructor(key) {
    if (key !== kConstruct) throw illegalConstructor();
  }

  get subtle() {
    if (this !== crypto) throw invalidThis('Crypto');
    return subtle;
  }

  getRandomValues(array) {
    if (this !== crypto) throw invalidThis('Crypto');
    requiredArguments(arguments.length, 1, "Failed to execute 'getRandomValues' on 'Crypto'");
    return getRandomValues(array);
  }

  randomUUID() {
    if (this !== crypto) throw invalidThis('Crypto');
    return random.randomUUID();
  }
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: 'Crypto', configurable: true });

const integerArrays = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
  Uint32Array, BigInt64Array, BigUint64Array];

function getRandomValues(data) {
  if (!integerArrays.some((C) => data instanceof C)) {
    throw new DOMException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    throw new DOMException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  }
  return random.randomFillSync(data, 0);
}

const crypto = new Crypto(kConstruct);

module.exports = { crypto, Crypto, SubtleCrypto, CryptoKey: secret.CryptoKey, subtle };
