'use strict';
// Node's crypto module: what jsproc implements, under node's names and in
// node's key order.
const { Hash, Hmac, hash } = require('internal/crypto/hash');
const { Cipheriv, Decipheriv, getCipherInfo } = require('internal/crypto/cipher');
const { pbkdf2, pbkdf2Sync, scrypt, scryptSync, hkdf, hkdfSync } = require('internal/crypto/keys');
const random = require('internal/crypto/random');
const { natives } = require('internal/crypto/util');
const keys = require('internal/crypto/keyobject');
const signing = require('internal/crypto/sign');

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
}

function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
}

function getHashes() {
  return natives.getHashes();
}

function getCiphers() {
  return natives.getCiphers();
}

// getCurves lists the curves jsproc's EC keys support.
function getCurves() {
  return natives.getCurves();
}

function getFips() {
  return 0;
}

let webcrypto;
function lazyWebCrypto() {
  if (webcrypto === undefined) webcrypto = require('internal/crypto/webcrypto');
  return webcrypto;
}

module.exports = {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  createPrivateKey: keys.createPrivateKey,
  createPublicKey: keys.createPublicKey,
  createSecretKey: keys.createSecretKey,
  createSign: signing.createSign,
  createVerify: signing.createVerify,
  getCiphers,
  getCipherInfo,
  getCurves,
  getHashes,
  hkdf,
  hkdfSync,
  pbkdf2,
  pbkdf2Sync,
  generateKeyPair: keys.generateKeyPair,
  generateKeyPairSync: keys.generateKeyPairSync,
  randomBytes: random.randomBytes,
  randomFill: random.randomFill,
  randomFillSync: random.randomFillSync,
  randomInt: random.randomInt,
  randomUUID: random.randomUUID,
  scrypt,
  scryptSync,
  sign: signing.sign,
  timingSafeEqual: random.timingSafeEqual,
  getFips,
  verify: signing.verify,
  hash,
  Cipheriv,
  Decipheriv,
  Hash,
  Hmac,
  KeyObject: keys.KeyObject,
  Sign: signing.Sign,
  Verify: signing.Verify,
  constants: signing.constants,
};

Object.defineProperties(module.exports, {
  webcrypto: {
    configurable: false,
    enumerable: true,
    get() { return lazyWebCrypto().crypto; },
    set: undefined,
  },
  subtle: {
    configurable: false,
    enumerable: true,
    get() { return lazyWebCrypto().crypto.subtle; },
    set: undefined,
  },
  getRandomValues: {
    configurable: false,
    enumerable: true,
    value: function getRandomValues(array) {
      return lazyWebCrypto().crypto.getRandomValues(array);
    },
  },
});
