'use strict';
// Node's crypto module: what jsproc implements, under node's names and in
// node's key order.
const { Hash, Hmac, hash } = require('internal/crypto/hash');
const { Cipheriv, Decipheriv, getCipherInfo } = require('internal/crypto/cipher');
const { pbkdf2, pbkdf2Sync, scrypt, scryptSync, hkdf, hkdfSync } = require('internal/crypto/keys');
const random = require('internal/crypto/random');
const { natives } = require('internal/crypto/util');

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

// getCurves lists the curves jsproc supports: none yet (no EC keys).
function getCurves() {
  return [];
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
  getCiphers,
  getCipherInfo,
  getCurves,
  getHashes,
  hkdf,
  hkdfSync,
  pbkdf2,
  pbkdf2Sync,
  randomBytes: random.randomBytes,
  randomFill: random.randomFill,
  randomFillSync: random.randomFillSync,
  randomInt: random.randomInt,
  randomUUID: random.randomUUID,
  scrypt,
  scryptSync,
  timingSafeEqual: random.timingSafeEqual,
  getFips,
  hash,
  Cipheriv,
  Decipheriv,
  Hash,
  Hmac,
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
