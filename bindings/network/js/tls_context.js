'use strict';
// Node's tls secure contexts: what a handshake presents and trusts, read
// from the options as node reads them (PEM keys, certificates and CAs,
// pfx archives, passphrases, versions, ciphers and curves), and the
// request a handshake in Go is made from.
const errors = require('internal/errors');
const { checkCiphers } = require('internal/tls_ciphers');
const native = internalBinding('net');

// tls is the tls module's exports, whose defaults a script may change.
const tls = () => require('tls');

// pemList reads a key, cert or ca option as node's: a falsy value is
// none; a key list's entries may be {pem, passphrase} objects.
function pemList(value, name) {
  if (!value) return undefined;
  const list = Array.isArray(value) ? value : [value];
  return list.map((v) => {
    if (name === 'key' && list === value && v !== null && typeof v === 'object' && v.pem !== undefined) v = v.pem;
    if (typeof v === 'string') return v;
    if (ArrayBuffer.isView(v)) return Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('latin1');
    throw errors.invalidArgType(`options.${name}`, ['string', 'Buffer', 'TypedArray', 'DataView'], v);
  });
}

function alpnList(protocols) {
  if (protocols === undefined || protocols === null) return undefined;
  if (!Array.isArray(protocols)) {
    throw errors.invalidArgType('options.ALPNProtocols', ['Array', 'Buffer', 'TypedArray', 'DataView'], protocols);
  }
  return protocols.map((p) => String(p));
}

const versions = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
function checkVersion(v, name) {
  if (v === undefined) return undefined;
  errors.validateString(v, `options.${name}`);
  if (!versions.includes(v)) {
    throw errors.makeNodeError(TypeError, 'ERR_TLS_INVALID_PROTOCOL_VERSION',
      `${JSON.stringify(v)} is not a valid ${name === 'minVersion' ? 'minimum' : 'maximum'} TLS protocol version`);
  }
  return v;
}

// protocolMethod is the [min, max] versions of an OpenSSL method name
// (secureProtocol), as node's, or throws node's error for one it refuses.
function protocolMethod(method) {
  const m = /^(SSLv2|SSLv3|SSLv23|TLS|TLSv1|TLSv1_1|TLSv1_2)_(?:client_|server_)?method$/.exec(method);
  if (m === null) {
    throw errors.makeNodeError(TypeError, 'ERR_TLS_INVALID_PROTOCOL_METHOD', `Unknown method: ${method}`);
  }
  switch (m[1]) {
    case 'SSLv2':
    case 'SSLv3':
      throw errors.makeNodeError(TypeError, 'ERR_TLS_INVALID_PROTOCOL_METHOD', `${m[1]} methods disabled`);
    case 'TLSv1': return ['TLSv1', 'TLSv1'];
    case 'TLSv1_1': return ['TLSv1.1', 'TLSv1.1'];
    case 'TLSv1_2': return ['TLSv1.2', 'TLSv1.2'];
    default: return ['TLSv1', 'TLSv1.3'];
  }
}

// SecureContext holds what a handshake presents and trusts.
class SecureContext {
  constructor(options = {}) {
    let range;
    if (typeof options.secureProtocol === 'string') {
      // As node: a method fixes the versions, which may not be given too.
      for (const name of ['minVersion', 'maxVersion']) {
        if (options[name] !== undefined) {
          throw errors.makeNodeError(TypeError, 'ERR_TLS_PROTOCOL_VERSION_CONFLICT',
            `TLS protocol version ${JSON.stringify(options[name])} conflicts with secureProtocol ${JSON.stringify(options.secureProtocol)}`);
        }
      }
      range = protocolMethod(options.secureProtocol);
    }
    checkCiphers(options.ciphers, 'options.ciphers');
    if (options.passphrase !== undefined && options.passphrase !== null) {
      errors.validateString(options.passphrase, 'options.passphrase');
    }
    if (options.ecdhCurve !== undefined && options.ecdhCurve !== null) {
      errors.validateString(options.ecdhCurve, 'options.ecdhCurve');
      if (!native.validCurve(options.ecdhCurve)) {
        throw errors.makeNodeError(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Failed to set ECDH curve');
      }
    }
    // As node: the CAs are read first, then the certificates, then the keys.
    let ca = pemList(options.ca, 'ca');
    let cert = pemList(options.cert, 'cert');
    let key = decryptKeys(pemList(options.key, 'key'), options);
    if (options.pfx !== undefined && options.pfx !== null) {
      // As node: the archives' keys and certificates join the others.
      const pfx = readPFX(options.pfx, options.passphrase);
      key = [...(key || []), ...pfx.key];
      cert = [...(cert || []), ...(pfx.cert || [])];
      if (pfx.ca) ca = [...(ca || []), ...pfx.ca];
    }
    this.context = {
      key,
      cert,
      ca,
      ciphers: options.ciphers,
      ecdhCurve: options.ecdhCurve,
      minVersion: range ? range[0] : checkVersion(options.minVersion, 'minVersion') || tls().DEFAULT_MIN_VERSION,
      maxVersion: range ? range[1] : checkVersion(options.maxVersion, 'maxVersion') || tls().DEFAULT_MAX_VERSION,
    };
  }
}

// decryptKeys gives the PEM text of each key, encrypted ones decrypted
// with their own passphrase or options.passphrase, as node's.
function decryptKeys(keys, options) {
  if (keys === undefined) return undefined;
  const list = Array.isArray(options.key) ? options.key : [options.key];
  return keys.map((pemText, i) => {
    if (!/-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type: 4,ENCRYPTED/.test(pemText)) return pemText;
    const entry = list[i];
    const passphrase = entry !== null && typeof entry === 'object' && entry.passphrase !== undefined ? entry.passphrase : options.passphrase;
    const key = require('crypto').createPrivateKey({ key: pemText, format: 'pem', passphrase });
    return key.export({ type: 'pkcs8', format: 'pem' });
  });
}

// readPFX reads the pfx option (a Buffer, or a list of Buffers or
// {buf, passphrase}) into PEM keys, certificates and CAs.
function readPFX(value, passphrase) {
  const list = Array.isArray(value) ? value : [value];
  const out = { key: [], cert: [], ca: [] };
  for (let entry of list) {
    let pass = passphrase;
    if (entry !== null && typeof entry === 'object' && !ArrayBuffer.isView(entry) && entry.buf !== undefined) {
      if (entry.passphrase !== undefined) pass = entry.passphrase;
      entry = entry.buf;
    }
    if (typeof entry === 'string') entry = Buffer.from(entry);
    if (!ArrayBuffer.isView(entry)) {
      throw errors.makeNodeError(Error, 'ERR_CRYPTO_OPERATION_FAILED', 'Unable to load PFX certificate');
    }
    let parsed;
    try {
      parsed = native.parsePFX(entry, pass === undefined ? undefined : String(pass));
    } catch (e) {
      throw new Error(e && e.message !== undefined ? e.message : String(e));
    }
    if (parsed.key !== undefined) out.key.push(parsed.key);
    out.cert.push(...(parsed.cert || []));
    out.ca.push(...(parsed.ca || []));
  }
  return { key: out.key, cert: out.cert, ca: out.ca.length ? out.ca : undefined };
}

// convertALPNProtocols sets out.ALPNProtocols to the wire form of a list
// of protocol names (each after its length byte), or a copy of a buffer.
function convertALPNProtocols(protocols, out) {
  if (Array.isArray(protocols)) {
    const parts = [];
    protocols.forEach((p, i) => {
      const b = Buffer.from(String(p));
      if (b.length > 255) {
        throw errors.makeNodeError(RangeError, 'ERR_OUT_OF_RANGE',
          `The byte length of the protocol at index ${i} exceeds the maximum length. It must be <= 255. Received ${b.length}`);
      }
      parts.push(Buffer.from([b.length]), b);
    });
    out.ALPNProtocols = Buffer.concat(parts);
  } else if (ArrayBuffer.isView(protocols)) {
    out.ALPNProtocols = Buffer.from(Buffer.from(protocols.buffer, protocols.byteOffset, protocols.byteLength));
  }
}

function createSecureContext(options) {
  return new SecureContext(options);
}

function tlsRequest(options, extra, makeContext = (o) => new SecureContext(o)) {
  const ctx = options.secureContext instanceof SecureContext ? options.secureContext : makeContext(options);
  let session;
  if (options.session !== undefined && options.session !== null) {
    if (typeof options.session === 'string') session = Buffer.from(options.session, 'latin1');
    else if (ArrayBuffer.isView(options.session)) session = options.session;
    else throw errors.invalidArgType('options.session', ['Buffer', 'TypedArray', 'DataView'], options.session);
  }
  return { ...ctx.context, ALPNProtocols: alpnList(options.ALPNProtocols), session, ...extra };
}

function validateBuffer(value, name) {
  if (!ArrayBuffer.isView(value)) throw errors.invalidArgType(name, ['Buffer', 'TypedArray', 'DataView'], value);
}

// initServer gives a TLS server (a tls.Server, or an https server) what
// node's tls.Server constructor reads of its options: whether it asks
// clients for certificates, its SNICallback, its contexts, its ticket
// keys and the request each handshake is made from.
function initServer(server, options) {
  server._tlsOptions = options;
  server.requestCert = options.requestCert === true;
  server.rejectUnauthorized = options.rejectUnauthorized !== false;
  if (options.SNICallback !== undefined) errors.validateFunction(options.SNICallback, 'options.SNICallback');
  for (const name of ['handshakeTimeout', 'sessionTimeout']) {
    if (options[name] !== undefined) errors.validateNumber(options[name], `options.${name}`);
  }
  server._SNICallback = options.SNICallback;
  server._contexts = [];
  // As node's: the protocols offered, in their wire form.
  convertALPNProtocols(options.ALPNProtocols, server);
  let ticketKeys = options.ticketKeys;
  if (ticketKeys !== undefined && ticketKeys !== null) {
    validateBuffer(ticketKeys, 'options.ticketKeys');
    if (ticketKeys.byteLength !== 48) {
      throw errors.makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
        `The property 'options.ticketKeys' must be exactly 48 bytes. Received ${ticketKeys.byteLength}`);
    }
  } else {
    ticketKeys = require('crypto').randomBytes(48);
  }
  server._ticketKeys = Buffer.from(ticketKeys);
  server._tlsRequest = serverRequest(server, options);
}

// serverRequest is what a server's handshakes are made from. As node's
// tls.Server, whose own context is made of the options it is given:
// a secureContext among them is not the server's.
function serverRequest(server, options) {
  return tlsRequest({ ...options, secureContext: undefined }, serverExtra(server));
}

// serverExtra is what a server's requests add to its context's options:
// as node's, a client asked for a certificate must send one unless
// rejectUnauthorized is false, or the handshake fails.
function serverExtra(server) {
  return {
    requestCert: server.requestCert,
    requireCert: server.requestCert && server.rejectUnauthorized,
    ticketKeys: server._ticketKeys,
    handshakeTimeout: server._tlsOptions.handshakeTimeout,
  };
}

// defaultSNICallback is a server's without an SNICallback: the context
// added last for a name matching the client's.
function defaultSNICallback(servername, cb) {
  for (let i = this._contexts.length - 1; i >= 0; i--) {
    const [re, ctx] = this._contexts[i];
    if (re.test(servername)) return cb(null, ctx);
  }
  cb(null, undefined);
}

module.exports = {
  SecureContext, createSecureContext, tlsRequest, convertALPNProtocols, validateBuffer, initServer, serverRequest, defaultSNICallback,
};
