'use strict';
// OpenSSL cipher strings as node's build reads them: checkCiphers throws
// node's error when a string selects no cipher at all (an unknown name, a
// disabled family, or everything removed again), as OpenSSL refuses it.
const errors = require('internal/errors');

// names are the TLS 1.2 ciphers node's OpenSSL offers, by OpenSSL name.
const names = new Set([
  'AES128-GCM-SHA256', 'AES128-SHA', 'AES128-SHA256', 'AES256-GCM-SHA384', 'AES256-SHA', 'AES256-SHA256',
  'DHE-RSA-AES128-GCM-SHA256', 'DHE-RSA-AES128-SHA', 'DHE-RSA-AES128-SHA256', 'DHE-RSA-AES256-GCM-SHA384',
  'DHE-RSA-AES256-SHA', 'DHE-RSA-AES256-SHA256', 'DHE-RSA-CHACHA20-POLY1305',
  'ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES128-SHA', 'ECDHE-ECDSA-AES128-SHA256',
  'ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-AES256-SHA', 'ECDHE-ECDSA-AES256-SHA384',
  'ECDHE-ECDSA-CHACHA20-POLY1305', 'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES128-SHA',
  'ECDHE-RSA-AES128-SHA256', 'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-RSA-AES256-SHA', 'ECDHE-RSA-AES256-SHA384',
  'ECDHE-RSA-CHACHA20-POLY1305',
  'PSK-AES128-CBC-SHA', 'PSK-AES128-CBC-SHA256', 'PSK-AES128-GCM-SHA256', 'PSK-AES256-CBC-SHA',
  'PSK-AES256-CBC-SHA384', 'PSK-AES256-GCM-SHA384', 'PSK-CHACHA20-POLY1305',
  'DHE-PSK-AES128-CBC-SHA', 'DHE-PSK-AES128-CBC-SHA256', 'DHE-PSK-AES128-GCM-SHA256', 'DHE-PSK-AES256-CBC-SHA',
  'DHE-PSK-AES256-CBC-SHA384', 'DHE-PSK-AES256-GCM-SHA384', 'DHE-PSK-CHACHA20-POLY1305',
  'ECDHE-PSK-AES128-CBC-SHA', 'ECDHE-PSK-AES128-CBC-SHA256', 'ECDHE-PSK-AES256-CBC-SHA',
  'ECDHE-PSK-AES256-CBC-SHA384', 'ECDHE-PSK-CHACHA20-POLY1305',
  'RSA-PSK-AES128-CBC-SHA', 'RSA-PSK-AES128-CBC-SHA256', 'RSA-PSK-AES128-GCM-SHA256', 'RSA-PSK-AES256-CBC-SHA',
  'RSA-PSK-AES256-CBC-SHA384', 'RSA-PSK-AES256-GCM-SHA384', 'RSA-PSK-CHACHA20-POLY1305',
  'SRP-AES-128-CBC-SHA', 'SRP-AES-256-CBC-SHA', 'SRP-RSA-AES-128-CBC-SHA', 'SRP-RSA-AES-256-CBC-SHA',
]);

// aliases are OpenSSL's group names that select some of those ciphers;
// the others (RC4, DES, 3DES, LOW, EXPORT, NULL, ...) select none there.
const aliases = new Set([
  'ALL', 'DEFAULT', 'HIGH', 'kRSA', 'RSA', 'aRSA', 'kDHE', 'kEDH', 'DH', 'DHE', 'EDH', 'kECDHE', 'kEECDH',
  'ECDH', 'ECDHE', 'EECDH', 'aECDSA', 'ECDSA', 'TLSv1.2', 'TLSv1', 'TLSv1.0', 'SSLv3', 'AES', 'AES128',
  'AES256', 'AESGCM', 'CHACHA20', 'SHA1', 'SHA', 'SHA256', 'SHA384', 'PSK', 'kPSK', 'aPSK', 'kECDHEPSK',
  'kDHEPSK', 'kRSAPSK', 'SRP', 'kSRP', 'aSRP',
]);

// suites are the TLS 1.3 cipher suites.
const suites = new Set(['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256',
  'TLS_AES_128_CCM_SHA256', 'TLS_AES_128_CCM_8_SHA256']);

// selects tells whether a positive entry of a cipher list names a cipher
// or a group ("A+B" is the ciphers in both, named here by the entry).
function selects(entry) {
  if (names.has(entry)) return true;
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
  for (const entry of list.split(/[:, ]+/)) {
    if (entry === '' || entry[0] === '@' || entry[0] === '+') continue;
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
