'use strict';
// OpenSSL cipher strings as node's build reads them: checkCiphers throws
// node's error when a string selects no cipher at all (an unknown name, a
// disabled family, or everything removed again), as OpenSSL refuses it.
const errors = require('internal/errors');

// cipherName matches the OpenSSL names of the TLS 1.2 ciphers node's
// OpenSSL has: a key exchange and authentication, then AES, CAMELLIA,
// ARIA, CHACHA20 or NULL, then the mode and MAC (DES, RC4, IDEA, SEED and
// the like are not built).
const cipherName = new RegExp('^(?:(?:DHE|EDH|ECDHE)-(?:RSA|DSS|ECDSA|PSK)-|ADH-|AECDH-|PSK-|RSA-PSK-|SRP-(?:RSA-|DSS-)?)?' +
  '(?:AES-?(?:128|256)|CAMELLIA(?:128|256)|ARIA(?:128|256)|CHACHA20|NULL)(?:-[A-Z0-9]+)*$');

// aliases are OpenSSL's group names that select some of those ciphers;
// the others (RC4, DES, 3DES, LOW, EXPORT, NULL, ...) select none there.
const aliases = new Set([
  'ALL', 'DEFAULT', 'HIGH', 'kRSA', 'RSA', 'aRSA', 'kDHE', 'kEDH', 'DH', 'DHE', 'EDH', 'kECDHE', 'kEECDH',
  'ECDH', 'ECDHE', 'EECDH', 'aECDSA', 'ECDSA', 'TLSv1.2', 'TLSv1', 'TLSv1.0', 'SSLv3', 'AES', 'AES128',
  'AES256', 'AESGCM', 'CHACHA20', 'SHA1', 'SHA', 'SHA256', 'SHA384', 'PSK', 'kPSK', 'aPSK', 'kECDHEPSK',
  'kDHEPSK', 'kRSAPSK', 'SRP', 'kSRP', 'aSRP', 'eNULL', 'NULL', 'aNULL', 'ADH', 'AECDH', 'CAMELLIA',
  'CAMELLIA128', 'CAMELLIA256', 'ARIA', 'ARIA128', 'ARIA256', 'ARIAGCM', 'DSS', 'aDSS', 'COMPLEMENTOFALL',
  'COMPLEMENTOFDEFAULT', 'AESCCM', 'AESCCM8', 'SUITEB128', 'SUITEB192', 'SUITEB128ONLY', 'CBC', 'MD5',
]);

// suites are the TLS 1.3 cipher suites.
const suites = new Set(['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256',
  'TLS_AES_128_CCM_SHA256', 'TLS_AES_128_CCM_8_SHA256']);

// selects tells whether a positive entry of a cipher list names a cipher
// or a group ("A+B" is the ciphers in both, named here by the entry).
function selects(entry) {
  if (cipherName.test(entry)) return true;
  return entry.split('+').every((a) => aliases.has(a));
}

function noCipherMatch() {
  const e = new Error('error:0A0000B9:SSL routines::no cipher match');
  e.library = 'SSL routines';
  e.reason = 'no cipher match';
  e.code = 'ERR_SSL_NO_CIPHER_MATCH';
  return e;
}

// checkCiphers throws node's error for a ciphers option that OpenSSL
// would refuse. As node, entries named TLS_ are TLS 1.3 suites and the
// rest the TLS 1.2 list, each checked on its own.
function checkCiphers(ciphers, name) {
  if (ciphers === undefined || ciphers === null) return;
  errors.validateString(ciphers, name);
  const parts = ciphers.split(':');
  const tls13 = parts.filter((p) => p.startsWith('TLS_'));
  if (tls13.length > 0 && !tls13.some((s) => suites.has(s))) throw noCipherMatch();
  const list = parts.filter((p) => !p.startsWith('TLS_')).join(':');
  if (list === '') return;
  let chosen = new Set();
  for (let entry of list.split(/[:, ]+/)) {
    // "@SECLEVEL=n" and "@STRENGTH" are directives, on their own or after
    // an entry.
    if (entry.includes('@')) entry = entry.slice(0, entry.indexOf('@'));
    if (entry === '' || entry[0] === '+') continue;
    if (entry[0] === '!' || entry[0] === '-') {
      const what = entry.slice(1);
      if (what === 'ALL') chosen = new Set();
      else chosen.delete(what);
      continue;
    }
    if (selects(entry)) chosen.add(entry);
  }
  if (chosen.size === 0) throw noCipherMatch();
}

module.exports = { checkCiphers };
