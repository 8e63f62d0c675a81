'use strict';
// Node's tls module on Go's crypto/tls. A TLSSocket is a net.Socket whose
// Go handle is a TLS connection: the handshake runs in Go, off the loop,
// and the peer's chain is checked in Go so failures carry OpenSSL's codes
// as node reports them; the host name check is checkServerIdentity, here
// as in node.
const net = require('net');
const errors = require('internal/errors');
const {
  SecureContext, createSecureContext, tlsRequest, convertALPNProtocols, validateBuffer, initServer, serverRequest, defaultSNICallback,
} = require('internal/tls_context');
const native = internalBinding('net');

const { Socket, Server } = net;

// ---- host name checks ---------------------------------------------------------

function splitHost(host) {
  return String(host).replace(/\.$/, '').toLowerCase().split('.');
}

function matchHost(hostParts, pattern, wildcards) {
  if (!pattern) return false;
  const patternParts = splitHost(pattern);
  if (hostParts.length !== patternParts.length || patternParts.includes('')) return false;
  if (patternParts.some((p) => /[^\u0021-\u007F]/u.test(p))) return false;
  for (let i = hostParts.length - 1; i > 0; i--) if (hostParts[i] !== patternParts[i]) return false;
  const hostSub = hostParts[0];
  const patternSub = patternParts[0];
  const pieces = patternSub.split('*');
  if (pieces.length === 1 || patternSub.includes('xn--')) return hostSub === patternSub;
  if (!wildcards || pieces.length > 2 || patternParts.length <= 2) return false;
  const [prefix, suffix] = pieces;
  return prefix.length + suffix.length <= hostSub.length && hostSub.startsWith(prefix) && hostSub.endsWith(suffix);
}

function canonicalIP(ip) {
  const v = native.isIP(ip);
  if (v === 6) return native.expandIPv6(ip);
  return ip;
}

// checkServerIdentity returns an error when cert is not for hostname.
function checkServerIdentity(hostname, cert) {
  const subject = cert.subject;
  const altNames = cert.subjectaltname;
  const dnsNames = [];
  const ips = [];
  hostname = '' + hostname;
  if (altNames) {
    for (const name of altNames.split(', ')) {
      if (name.startsWith('DNS:')) dnsNames.push(name.slice(4));
      else if (name.startsWith('IP Address:')) ips.push(name.slice(11));
    }
  }
  let valid = false;
  let reason = 'Unknown reason';
  hostname = hostname.replace(/\.$/, '');
  if (net.isIP(hostname)) {
    valid = ips.some((ip) => canonicalIP(ip) === canonicalIP(hostname));
    if (!valid) reason = `IP: ${hostname} is not in the cert's list: ${ips.join(', ')}`;
  } else if (dnsNames.length > 0 || (subject && subject.CN)) {
    const hostParts = splitHost(hostname);
    if (dnsNames.length > 0) {
      valid = dnsNames.some((p) => matchHost(hostParts, p, true));
      if (!valid) reason = `Host: ${hostname}. is not in the cert's altnames: ${altNames}`;
    } else {
      const cn = subject.CN;
      valid = Array.isArray(cn) ? cn.some((p) => matchHost(hostParts, p, true)) : matchHost(hostParts, cn, true);
      if (!valid) reason = `Host: ${hostname}. is not cert's CN: ${cn}`;
    }
  } else {
    reason = 'Cert does not contain a DNS name';
  }
  if (valid) return undefined;
  const err = errors.makeNodeError(Error, 'ERR_TLS_CERT_ALTNAME_INVALID',
    `Hostname/IP does not match certificate's altnames: ${reason}`);
  err.reason = reason;
  err.host = hostname;
  err.cert = cert;
  return err;
}

// ---- TLSSocket ----------------------------------------------------------------

function TLSSocket(socket, options) {
  if (!(this instanceof TLSSocket)) return new TLSSocket(socket, options);
  const wrap = socket !== undefined && socket !== null;
  if (wrap) checkWrappable(socket);
  options = { ...options };
  // As node: a TLSSocket over another stream half-closes as that one does.
  if (wrap) options.allowHalfOpen = !!socket.allowHalfOpen;
  Socket.call(this, options.handle ? { handle: options.handle, allowHalfOpen: options.allowHalfOpen } : options);
  this.encrypted = true;
  this.authorized = false;
  this.authorizationError = null;
  this.alpnProtocol = null;
  this.servername = null;
  this._tlsInfo = null;
  if (options.handle) this._setInfo(options.handle.tlsInfo);
  if (wrap && options.isServer) {
    // A server's side over a socket or stream: the handshake waits for the
    // client's hello at once. A tls.Server passes its own request.
    this._tlsOptions = { ...options, socket: undefined };
    this._tlsRequest = options._tlsRequest !== undefined ? { ...options._tlsRequest, isServer: true }
      : tlsRequest(options, { isServer: true, requestCert: options.requestCert === true });
    if (options.SNICallback !== undefined && options.SNICallback !== null) {
      errors.validateFunction(options.SNICallback, 'options.SNICallback');
      this._tlsRequest.sni = true;
      this._onsni = sniHandler(this, options.SNICallback);
    }
    this._server = null;
    this.server = options.server || null;
    this.servername = false;
    wrapSocket(this, socket);
  } else if (wrap) {
    // As node: a client TLSSocket made over a socket sends no server name,
    // checks nothing of the peer and emits only 'secure'; its handshake
    // starts with its first write or end.
    this._tlsOptions = { ...options, socket: undefined, rejectUnauthorized: false };
    this._tlsRequest = tlsRequest(options, { servername: '' });
    this._unchecked = true;
    this.servername = false;
    this.connecting = true;
    let started = false;
    const startOnce = () => {
      if (started) return;
      started = true;
      wrapSocket(this, socket);
    };
    this._write = function (chunk, encoding, cb) {
      startOnce();
      return Socket.prototype._write.call(this, chunk, encoding, cb);
    };
    this._final = function (cb) {
      startOnce();
      return Socket.prototype._final.call(this, cb);
    };
  }
}
Object.setPrototypeOf(TLSSocket.prototype, Socket.prototype);
Object.setPrototypeOf(TLSSocket, Socket);

TLSSocket.prototype._setInfo = function (info) {
  this._tlsInfo = info;
  if (info.sessions !== undefined && this._handle !== null && this._handle !== undefined) {
    // Sessions that come after the handshake (TLS 1.3 tickets).
    this._handle.onsession = (ab) => this._onSession(Buffer.from(ab));
  }
  this.alpnProtocol = info.alpn === '' ? false : info.alpn;
  this.authorized = info.authorized;
  this.authorizationError = info.authorizationError === undefined ? null : info.authorizationError;
  if (info.servername) this.servername = info.servername;
};

// sslError is node's error for a handshake Go gave up with message, when
// it is OpenSSL's name for the failure ("error:<code>:SSL routines:
// <function>:<reason>"): undefined otherwise (the peer gone, ECONNRESET).
function sslError(message) {
  const m = /^error:[0-9A-F]{8}:SSL routines:[^:]*:(.*)$/.exec(message);
  if (m === null) return undefined;
  const e = new Error(message);
  e.library = 'SSL routines';
  e.reason = m[1];
  e.code = 'ERR_SSL_' + m[1].toUpperCase().replace(/ /g, '_');
  return e;
}

TLSSocket.prototype._handshakeError = function (message, address, port) {
  if (this._tlsOptions && this._tlsOptions.isServer) {
    // As node: a tls.Server's socket reports a failed handshake to its
    // server ('tlsClientError'), not as its own 'error'.
    let e = this._sniError !== undefined ? this._sniError : sslError(message);
    if (e === undefined) {
      // As node's: a client gone before its hello is over hung up.
      e = new Error('socket hang up');
      e.code = 'ECONNRESET';
    }
    if (!this._tlsOptions._fromServer) return e;
    this.server.emit('tlsClientError', e, this);
    return null;
  }
  const ssl = sslError(message);
  if (ssl !== undefined) return ssl;
  const e = new Error('Client network socket disconnected before secure TLS connection was established');
  e.code = 'ECONNRESET';
  e.host = address;
  e.port = port;
  e.path = undefined;
  e.localAddress = undefined;
  e.reason = message;
  return e;
};

// _onSecure runs once the client's handshake is done: it checks the
// chain and the name, then emits 'secureConnect' or fails the socket.
TLSSocket.prototype._onSecure = function (info) {
  this._setInfo(info);
  if (this._tlsOptions && this._tlsOptions.isServer) {
    this.servername = info.servername || false;
    this.emit('secure');
    return !this.destroyed;
  }
  if (this._unchecked) {
    this.authorized = false;
    this.authorizationError = null;
    this.emit('secure');
    return true;
  }
  const opts = this._tlsOptions;
  let err = null;
  if (info.authorizationError !== undefined) {
    err = new Error(info.authorizationMessage);
    err.code = info.authorizationError;
  } else if (!info.resumed) {
    // As node: a resumed session's peer was checked when it was made.
    const hostname = opts.servername || opts.host || (opts.socket && opts.socket._host) || 'localhost';
    const verifyError = opts.checkServerIdentity(hostname, this.getPeerCertificate(true));
    if (verifyError) {
      err = verifyError;
      this.authorized = false;
      this.authorizationError = verifyError.code || verifyError.message;
    }
  }
  // As node: 'secure' follows, even for a peer refused.
  if (err !== null && opts.rejectUnauthorized) {
    this.destroy(err);
    this.emit('secure');
    return false;
  }
  if (info.resumed && opts.session) this._session = Buffer.from(opts.session);
  // As node's: getSession() has the handshake's session at once, its
  // 'session' event follows 'secureConnect'.
  const sessions = (info.sessions || []).map((ab) => Buffer.from(ab));
  if (sessions.length > 0) this._session = sessions[sessions.length - 1];
  this.emit('secureConnect');
  this.emit('secure');
  for (const session of sessions) {
    if (this.destroyed) break;
    this._onSession(session);
  }
  return true;
};

TLSSocket.prototype.getPeerCertificate = function (detailed) {
  // As node: nothing once the socket is closed.
  if (this._tlsInfo !== null && this._handle === null) return null;
  const certs = this._tlsInfo && this._tlsInfo.peerCertificates;
  if (!certs || certs.length === 0) return {};
  // As node's: a client's resumed session does not keep the peer's chain.
  if (this._tlsInfo.resumed && !(this._tlsOptions && this._tlsOptions.isServer)) return {};
  const list = certs.map(certCopy);
  if (detailed) {
    for (let i = 0; i < list.length; i++) list[i].issuerCertificate = list[i + 1] || list[i];
  }
  return list[0];
};

// certCopy is a certificate object with its bytes as Buffers.
function certCopy(c) {
  const out = { ...c, raw: Buffer.from(c.raw) };
  if (c.pubkey !== undefined) out.pubkey = Buffer.from(c.pubkey);
  return out;
}

// getCertificate is the certificate this side presented: {} for none,
// null once the socket is closed.
TLSSocket.prototype.getCertificate = function () {
  if (this._tlsInfo !== null && this._handle === null) return null;
  const local = this._tlsInfo && this._tlsInfo.localCertificate;
  return local ? certCopy(local) : {};
};

TLSSocket.prototype.getProtocol = function () {
  // Before a handshake node reports the version it would offer first.
  if (this._tlsInfo === null) return exported.DEFAULT_MAX_VERSION;
  return this._handle === null ? null : this._tlsInfo.protocol;
};

TLSSocket.prototype.getCipher = function () {
  if (!this._tlsInfo || this._handle === null) return undefined;
  const info = this._tlsInfo;
  return { name: info.cipherName, standardName: info.cipherStandardName, version: info.cipherVersion };
};

// getEphemeralKeyInfo is a client's key exchange group; a server's is {}.
TLSSocket.prototype.getEphemeralKeyInfo = function () {
  if (this._tlsOptions && this._tlsOptions.isServer) return null;
  if (!this._tlsInfo || this._handle === null) return {};
  const info = this._tlsInfo;
  if (!info.curve) return {};
  return { type: 'ECDH', name: info.curve, size: info.curveSize };
};

TLSSocket.prototype.exportKeyingMaterial = function (length, label, context) {
  errors.validateInteger(length, 'length', 1, 4294967295);
  errors.validateString(label, 'label');
  if (context !== undefined && !ArrayBuffer.isView(context)) {
    throw errors.invalidArgType('context', ['Buffer', 'TypedArray', 'DataView'], context);
  }
  if (!this._tlsInfo || !this._handle || typeof this._handle.exportKeyingMaterial !== 'function') {
    throw errors.makeNodeError(Error, 'ERR_TLS_INVALID_STATE', 'TLS socket connection must be securely established');
  }
  const out = this._handle.exportKeyingMaterial(length, label, context);
  if (typeof out === 'string') throw new Error(out);
  return Buffer.from(out);
};

// setMaxSendFragment caps the data in each record sent: true when the
// size (512 to 16384) was taken.
TLSSocket.prototype.setMaxSendFragment = function (size) {
  errors.validateInteger(size, 'size', -2147483648, 2147483647);
  if (!this._handle || typeof this._handle.setMaxSendFragment !== 'function') return false;
  return this._handle.setMaxSendFragment(size);
};

TLSSocket.prototype.isSessionReused = function () {
  return !!(this._tlsInfo && this._tlsInfo.resumed);
};

TLSSocket.prototype.getSession = function () { return this._session; };

TLSSocket.prototype.getTLSTicket = function () {
  if (!this._session) return undefined;
  const n = this._session.readUInt32BE(0);
  return Buffer.from(this._session.subarray(4, 4 + n));
};

// _onSession keeps a client's new session and emits 'session' with it.
// As node's: a resumed connection's session is the one it resumed,
// not a new one, so its tickets make no event.
TLSSocket.prototype._onSession = function (session) {
  this._session = session;
  if (!this.isSessionReused()) this.emit('session', session);
};

TLSSocket.prototype.getX509Certificate = function () {
  const cert = this.getCertificate();
  if (!cert || !cert.raw) return undefined;
  return new (require('crypto').X509Certificate)(cert.raw);
};

// getPeerX509Certificate is the peer's certificate, each one's issuer
// the next in the chain the peer sent.
TLSSocket.prototype.getPeerX509Certificate = function () {
  const cert = this.getPeerCertificate();
  if (!cert || !cert.raw) return undefined;
  const { X509Certificate } = require('crypto');
  const certs = this._tlsInfo.peerCertificates;
  let next;
  for (let i = certs.length - 1; i >= 0; i--) {
    const x = new X509Certificate(Buffer.from(certs[i].raw));
    if (next !== undefined) Object.defineProperty(x, 'issuerCertificate', { value: next, configurable: true });
    next = x;
  }
  return next;
};
TLSSocket.prototype.setServername = function (name) {
  errors.validateString(name, 'name');
  this.servername = name;
};

// ---- over an existing socket -------------------------------------------------------

// checkWrappable refuses what cannot carry the TLS connection: a
// destroyed socket, or what is not a stream at all.
function checkWrappable(parent) {
  if (!(parent instanceof Socket)) {
    // As node's stream wrap, which pauses the stream, then listens to it.
    for (const method of ['pause', 'on']) {
      if (parent === null || parent === undefined || typeof parent[method] !== 'function') {
        throw new TypeError(`stream.${method} is not a function`);
      }
    }
  }
  if (parent instanceof Socket ? !parent.destroyed
    : (parent !== null && typeof parent === 'object' && typeof parent.on === 'function' && typeof parent.write === 'function')) return;
  throw errors.makeNodeError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
    'The feature tls.connect over a socket that is not a connected net.Socket or a stream is unavailable on the current platform, which is being used to run Node.js');
}

// The parent's handle once its connection is the TLS socket's: the
// parent reads and writes nothing more itself, reports the addresses it
// had, and closes with the TLS socket.
function detachedHandle(peer, local) {
  const closed = () => errors.makeNodeError(Error, 'ERR_SOCKET_CLOSED', 'Socket is closed');
  return {
    readStart() { return 0; },
    readStop() { return 0; },
    writeBuffer() { return closed(); },
    shutdown() { return 0; },
    close(cb) { if (typeof cb === 'function') setImmediate(cb); },
    ref() {},
    unref() {},
    hasRef() { return false; },
    setNoDelay() { return 0; },
    setKeepAlive() { return 0; },
    getsockname() { return local; },
    getpeername() { return peer; },
    dupFd() { return -9; },
    resetAndClose(cb) { this.close(cb); },
  };
}

// wrapSocket runs the TLS handshake of socket over parent, once parent
// (a net.Socket) is connected. A socket nobody read from gives its Go
// connection up (TLS then runs straight on the descriptor); one the script
// read from already gives its handle's input (streamio's divert), as node's
// TLS takes the handle over; any other stream is carried through JS.
function wrapSocket(socket, parent) {
  socket._parent = parent;
  if (!(parent instanceof Socket)) {
    const conn = streamConn(socket, parent);
    socket._dialWith((request, cb) => native.secureSocket(conn.conn, request.tls, cb, socket._onsni));
    return;
  }
  // As node: the parent closes with the TLS socket, and first, connected
  // or not.
  const destroy = socket._destroy;
  socket._destroy = function (err, cb) {
    parent.destroy();
    return destroy.call(this, err, cb);
  };
  const start = () => {
    if (socket.destroyed) return;
    const handle = parent._handle;
    const peer = handle && handle.getpeername();
    const local = handle && handle.getsockname();
    let conn = handle && typeof handle.detach === 'function' && parent.writableLength === 0 ? handle.detach() : -16;
    if (typeof conn === 'number') conn = handle ? divertHandle(socket, handle, parent) : null;
    if (conn === null) {
      socket.destroy(errors.makeNodeError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
        'The feature tls.connect over a socket without a connection is unavailable on the current platform, which is being used to run Node.js'));
      return;
    }
    parent._handle = detachedHandle(peer, local);
    socket._dialWith((request, cb) => native.secureSocket(conn, request.tls, (errno, h, tlsError) => {
      if (h !== undefined && !h.getpeername()) {
        h.getpeername = () => peer;
        h.getsockname = () => local;
      }
      cb(errno, h, tlsError);
    }, socket._onsni));
  };
  if (parent.connecting || !parent._handle) {
    socket.connecting = true;
    parent.once('connect', () => {
      socket.emit('connect');
      start();
    });
    parent.once('error', (err) => socket.destroy(err));
  } else {
    start();
  }
}

// divertHandle carries TLS over a socket handle the script has read from:
// its input goes to the TLS connection in Go from now on, its writes go
// through the handle. The conn, or null when the handle's input is over.
function divertHandle(socket, handle, parent) {
  if (typeof handle.divert !== 'function') return null;
  const fail = (err) => { if (err) socket.destroy(err); };
  const conn = native.duplexConn({
    write(chunk) {
      const r = handle.writeBuffer(chunk, fail);
      if (r !== 0 && r !== 1) fail(r);
    },
    end() {
      const r = handle.shutdown(fail);
      if (r !== 0 && r !== 1) fail(r);
    },
    destroy() { handle.close(); },
  });
  // As node: what the parent read and nobody took is the start of the
  // TLS connection's input.
  if (parent.readableLength > 0) {
    let buf;
    while ((buf = parent.read()) !== null) conn.push(typeof buf === 'string' ? Buffer.from(buf) : buf);
  }
  if (!handle.divert(conn.conn)) {
    conn.close();
    return null;
  }
  return conn.conn;
}

// streamConn carries TLS over any other Duplex, as node's JSStreamSocket:
// its 'data' feeds the TLS connection, whose records are written to it.
function streamConn(socket, stream) {
  const ondata = (chunk) => {
    if (typeof chunk === 'string' || (stream._readableState && stream._readableState.objectMode === true)) {
      stream.pause();
      stream.removeListener('data', ondata);
      socket.destroy(errors.makeNodeError(Error, 'ERR_STREAM_WRAP', 'Stream has StringDecoder set or is in objectMode'));
      return;
    }
    if (!conn.push(chunk)) stream.pause();
  };
  const conn = native.duplexConn({
    write(chunk) { stream.write(chunk); },
    end() { stream.end(); },
    destroy() { stream.destroy(); },
    pause() { stream.pause(); },
    resume() { stream.resume(); },
  });
  stream.on('data', ondata);
  stream.once('end', () => conn.end());
  stream.once('close', () => conn.end());
  stream.on('error', (err) => socket.destroy(err));
  return conn;
}

// ---- connect ------------------------------------------------------------------

function connect(...args) {
  let options = {};
  let cb;
  if (typeof args[args.length - 1] === 'function') cb = args.pop();
  if (typeof args[0] === 'object' && args[0] !== null) {
    options = { ...args[0] };
  } else {
    if (args[0] !== undefined) options.port = args[0];
    if (typeof args[1] === 'string') options.host = args[1];
    const last = args[args.length - 1];
    if (typeof last === 'object' && last !== null) options = { ...last, ...options };
  }
  const rejectDefault = process.env.NODE_TLS_REJECT_UNAUTHORIZED !== '0';
  options.rejectUnauthorized = options.rejectUnauthorized === undefined ? rejectDefault : options.rejectUnauthorized !== false;
  options.checkServerIdentity = options.checkServerIdentity || checkServerIdentity;
  errors.validateFunction(options.checkServerIdentity, 'options.checkServerIdentity');
  const host = options.host || 'localhost';
  if (options.servername !== undefined) errors.validateString(options.servername, 'options.servername');
  // As node: the server name goes out (SNI) only when given.
  const servername = options.servername !== undefined ? options.servername : '';
  if (options.socket) checkWrappable(options.socket);
  const allowHalfOpen = options.socket ? !!options.socket.allowHalfOpen : options.allowHalfOpen;
  const socket = new TLSSocket(null, { allowHalfOpen, signal: options.signal });
  socket._tlsOptions = options;
  // As node's: the context is tls.createSecureContext's (which a script
  // may replace), with node's default ciphers unless others are given.
  socket._tlsRequest = tlsRequest(options, { servername },
    (o) => exported.createSecureContext({ ...o, ciphers: o.ciphers || exported.DEFAULT_CIPHERS }));
  socket.servername = servername || false;
  if (cb) socket.once('secureConnect', cb);
  if (options.timeout) socket.setTimeout(options.timeout);
  if (options.socket) {
    wrapSocket(socket, options.socket);
    return socket;
  }
  const connectOptions = { ...options };
  delete connectOptions.servername;
  if (options.path !== undefined) socket.connect({ path: options.path });
  else socket.connect({ ...connectOptions, host });
  return socket;
}

// ---- Server --------------------------------------------------------------------

function TLSServer(options, listener) {
  if (!(this instanceof TLSServer)) return new TLSServer(options, listener);
  if (typeof options === 'function') {
    listener = options;
    options = {};
  } else if (options === undefined || options === null) {
    options = {};
  } else {
    errors.validateObject(options, 'options');
  }
  Server.call(this, { allowHalfOpen: options.allowHalfOpen, pauseOnConnect: options.pauseOnConnect });
  initServer(this, options);
  // As node: a socket that reaches 'connection' unsecured (one a script
  // emits, or one a cluster primary sent) is secured here.
  this.on('connection', tlsConnectionListener);
  if (typeof listener === 'function') this.on('secureConnection', listener);
}
Object.setPrototypeOf(TLSServer.prototype, Server.prototype);

function tlsConnectionListener(raw) {
  if (raw instanceof TLSSocket && raw._tlsInfo !== null) return;
  const server = this;
  const socket = new TLSSocket(raw, {
    isServer: true,
    server: this,
    _tlsRequest: this._tlsRequest,
    requestCert: this.requestCert,
    rejectUnauthorized: this.rejectUnauthorized,
    SNICallback: this._SNICallback || (this._contexts.length > 0 ? defaultSNICallback.bind(this) : undefined),
    _fromServer: true,
  });
  // As node: the server checks the client, then hands the socket over.
  socket.on('secure', () => {
    if (server._authorize(socket) && !socket.destroyed) server.emit('secureConnection', socket);
  });
}
Object.setPrototypeOf(TLSServer, Server);

// sniHandler makes a handle's onsni(servername, done) of an SNICallback
// for socket. As node's: the socket has the name the client asked for
// while the callback runs, and a callback's error is the handshake's.
function sniHandler(socket, cb) {
  return (servername, done) => {
    socket.servername = servername;
    cb(servername, (err, ctx) => {
      // As node's: what is given must be a SecureContext.
      if (!err && ctx !== undefined && ctx !== null && !(ctx instanceof SecureContext)) err = new Error('Invalid SNI context');
      if (err) {
        socket._sniError = err;
        done(String(err && err.message !== undefined ? err.message : err), null);
      } else {
        done(null, ctx ? ctx.context : null);
      }
    });
  };
}

// _socketFor makes the socket of an accepted connection: a plain one,
// which 'connection' then secures; it does not read, so that its
// connection can be handed to TLS whole.
TLSServer.prototype._socketFor = function (options) {
  return new Socket({ ...options, manualStart: true });
};

// _authorize checks a secured server socket's client: false when it was
// refused (and destroyed).
TLSServer.prototype._authorize = function (socket) {
  if (!this.requestCert) return true;
  const certs = socket._tlsInfo.peerCertificates;
  if (!certs || certs.length === 0) {
    socket.authorized = false;
    socket.authorizationError = 'UNABLE_TO_GET_ISSUER_CERT';
  }
  if (!socket.authorized && this.rejectUnauthorized) {
    socket.destroy();
    return false;
  }
  return true;
};

TLSServer.prototype.setSecureContext = function (options) {
  errors.validateObject(options, 'options');
  this._tlsRequest = serverRequest(this, options);
};

// addContext serves context (options, or a SecureContext) to clients
// asking for hostname, which may have * wildcards.
TLSServer.prototype.addContext = function (servername, context) {
  if (!servername) {
    throw errors.makeNodeError(Error, 'ERR_TLS_REQUIRED_SERVER_NAME', '"servername" is required parameter for Server.addContext');
  }
  const re = new RegExp('^' + servername.replace(/([.^$+?\-\\[\]{}])/g, '\\$1').replaceAll('*', '[^.]*') + '$');
  const ctx = context instanceof SecureContext ? context : new SecureContext(context);
  this._contexts.push([re, ctx]);
};

TLSServer.prototype.getTicketKeys = function () {
  return Buffer.from(this._ticketKeys);
};

TLSServer.prototype.setTicketKeys = function (keys) {
  validateBuffer(keys, 'buffer');
  if (keys.byteLength !== 48) {
    throw errors.makeNodeError(Error, 'ERR_INTERNAL_ASSERTION',
      'Session ticket keys must be a 48-byte buffer\nThis is caused by either a bug in Node.js or incorrect usage of Node.js internals.\n' +
      'Please open an issue with this stack trace at https://github.com/nodejs/node/issues\n');
  }
  this._ticketKeys = Buffer.from(keys);
  this._tlsRequest = { ...this._tlsRequest, ticketKeys: this._ticketKeys };
};

function createServer(options, listener) {
  return new TLSServer(options, listener);
}

let rootCerts = null;

const exported = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS: 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA',
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION: 'TLSv1.2',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
  getCiphers() {
    return ['aes128-gcm-sha256', 'aes128-sha', 'aes128-sha256', 'aes256-gcm-sha384', 'aes256-sha',
      'ecdhe-ecdsa-aes128-gcm-sha256', 'ecdhe-ecdsa-aes128-sha', 'ecdhe-ecdsa-aes256-gcm-sha384',
      'ecdhe-ecdsa-aes256-sha', 'ecdhe-ecdsa-chacha20-poly1305', 'ecdhe-rsa-aes128-gcm-sha256',
      'ecdhe-rsa-aes128-sha', 'ecdhe-rsa-aes256-gcm-sha384', 'ecdhe-rsa-aes256-sha',
      'ecdhe-rsa-chacha20-poly1305', 'tls_aes_128_gcm_sha256', 'tls_aes_256_gcm_sha384',
      'tls_chacha20_poly1305_sha256'];
  },
  checkServerIdentity,
  connect,
  convertALPNProtocols,
  createServer,
  createSecureContext,
  SecureContext,
  Server: TLSServer,
  TLSSocket,
};
Object.defineProperty(exported, 'rootCertificates', {
  get() {
    if (rootCerts === null) rootCerts = Object.freeze([...native.rootCertificates()]);
    return rootCerts;
  },
  enumerable: true,
  configurable: false,
});
module.exports = exported;
