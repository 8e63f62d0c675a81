'use strict';
// X509Certificate on crypto/x509: the fields as node (OpenSSL) prints
// them, host, address and email checks, issuer and signature checks.
const { Buffer } = require('buffer');
const { invalidArgType, invalidArgValue } = require('internal/errors');
const {
  natives, kKeyObject, isArrayBufferView, validateString, validateObject, validateBoolean,
} = require('internal/crypto/util');
const { isKeyObject, createPublicKey } = require('internal/crypto/keyobject');

const kHandle = Symbol('kHandle');
const kInfo = Symbol('kInfo');
const kPublicKey = Symbol('kPublicKey');

function noStartLine() {
  const e = new Error('error:0480006C:PEM routines::no start line');
  e.opensslErrorStack = ['error:0688010A:asn1 encoding routines::nested asn1 error'];
  e.library = 'PEM routines';
  e.reason = 'no start line';
  e.code = 'ERR_OSSL_PEM_NO_START_LINE';
  return e;
}

function isX509Certificate(v) {
  return v !== null && typeof v === 'object' && v[kHandle] !== undefined;
}

// checkOptions validates the options of checkHost, checkEmail and
// checkIP and returns the subject rule and whether wildcards count.
function checkOptions(options = {}) {
  validateObject(options, 'options');
  const {
    subject = 'default', wildcards = true, partialWildcards = true,
    multiLabelWildcards = false, singleLabelSubdomains = false,
  } = { ...options };
  validateString(subject, 'options.subject');
  validateBoolean(wildcards, 'options.wildcards');
  validateBoolean(partialWildcards, 'options.partialWildcards');
  validateBoolean(multiLabelWildcards, 'options.multiLabelWildcards');
  validateBoolean(singleLabelSubdomains, 'options.singleLabelSubdomains');
  if (subject !== 'default' && subject !== 'always' && subject !== 'never') {
    throw invalidArgValue('options.subject', subject);
  }
  return { subject, wildcards };
}

class X509Certificate {
  constructor(buffer) {
    if (typeof buffer === 'string') buffer = Buffer.from(buffer);
    if (!isArrayBufferView(buffer)) {
      throw invalidArgType('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    const h = natives.x509Parse(buffer);
    if (h === null) throw noStartLine();
    Object.defineProperty(this, kHandle, { value: h });
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    const { inspect } = require('util');
    return `X509Certificate ${inspect({
      subject: this.subject,
      subjectAltName: this.subjectAltName,
      issuer: this.issuer,
      infoAccess: this.infoAccess,
      validFrom: this.validFrom,
      validTo: this.validTo,
      fingerprint: this.fingerprint,
      fingerprint256: this.fingerprint256,
      fingerprint512: this.fingerprint512,
      keyUsage: this.keyUsage,
      serialNumber: this.serialNumber,
    }, opts)}`;
  }

  get subject() { return info(this).subject; }
  get subjectAltName() { return info(this).subjectAltName; }
  get issuer() { return info(this).issuer; }
  // issuerCertificate is set only on certificates a TLS peer sent.
  get issuerCertificate() { return undefined; }
  get infoAccess() { return info(this).infoAccess; }
  get validFrom() { return info(this).validFrom; }
  get validTo() { return info(this).validTo; }
  get fingerprint() { return info(this).fingerprint; }
  get fingerprint256() { return info(this).fingerprint256; }
  get fingerprint512() { return info(this).fingerprint512; }
  get keyUsage() { return info(this).keyUsage; }
  get serialNumber() { return info(this).serialNumber; }
  get raw() { return natives.x509Raw(handleOf(this)); }

  get publicKey() {
    if (this[kPublicKey] === undefined) {
      Object.defineProperty(this, kPublicKey, { value: createPublicKey(info(this).pem) });
    }
    return this[kPublicKey];
  }

  toString() { return info(this).pem; }
  toJSON() { return this.toString(); }
  get ca() { return info(this).ca; }

  checkHost(name, options) {
    validateString(name, 'name');
    const o = checkOptions(options);
    return natives.x509CheckHost(handleOf(this), name, o.subject, o.wildcards);
  }

  checkEmail(email, options) {
    validateString(email, 'email');
    const o = checkOptions(options);
    return natives.x509CheckEmail(handleOf(this), email, o.subject) ? email : undefined;
  }

  checkIP(ip, options) {
    validateString(ip, 'ip');
    checkOptions(options);
    const r = natives.x509CheckIP(handleOf(this), ip);
    if (r === null) {
      const { makeNodeError } = require('internal/errors');
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE', 'Invalid IP');
    }
    return r ? ip : undefined;
  }

  checkIssued(otherCert) {
    if (!isX509Certificate(otherCert)) throw invalidArgType('otherCert', 'X509Certificate', otherCert);
    return natives.x509CheckIssued(handleOf(this), otherCert[kHandle]);
  }

  checkPrivateKey(pkey) {
    if (!isKeyObject(pkey)) throw invalidArgType('pkey', 'KeyObject', pkey);
    if (pkey.type !== 'private') throw invalidArgValue('pkey', pkey);
    return natives.x509CheckPrivateKey(handleOf(this), pkey[kKeyObject]);
  }

  verify(pkey) {
    if (!isKeyObject(pkey)) throw invalidArgType('pkey', 'KeyObject', pkey);
    if (pkey.type !== 'public') throw invalidArgValue('pkey', pkey);
    return natives.x509Verify(handleOf(this), pkey[kKeyObject]);
  }
}

function handleOf(cert) {
  const h = cert[kHandle];
  if (h === undefined) throw new TypeError('Illegal invocation');
  return h;
}

// info returns the certificate's printed fields, read once.
function info(cert) {
  if (cert[kInfo] === undefined) Object.defineProperty(cert, kInfo, { value: natives.x509Info(handleOf(cert)) });
  return cert[kInfo];
}

module.exports = { X509Certificate, isX509Certificate };
