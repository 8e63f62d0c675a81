'use strict';
// An https server is node's: a tls.Server (its options, contexts, ticket
// keys and events are tls's, read by tls's own code) whose secured
// connections parse HTTP as an http server's do. Its listener secures
// each connection in Go, with what tls's options made; the socket a
// request sees is a tls.TLSSocket whose stream is the http server's.

const { Server: HttpServer } = require('internal/http_server');
const { Socket: HttpSocket } = require('internal/http_socket');
const { HandleDuplex } = require('internal/stream_base');
const binding = require('internal/http_binding');
const tls = require('tls');
const { SecureContext, initServer, defaultSNICallback } = require('internal/tls_context');
const { makeNodeError, validateObject } = require('internal/errors');

// The prototype of an https server's sockets: an http server's socket's
// methods over TLSSocket's (getPeerCertificate, getCipher, ...), so that
// a socket is a tls.TLSSocket and a net.Socket as node's are.
const kSocketProto = Object.create(tls.TLSSocket.prototype);
// The prototype of https.Server: http.Server's methods over tls.Server's.
const kServerProto = Object.create(tls.Server.prototype);

function copyMethods(to, ...from) {
  for (const proto of from) {
    for (const k of Reflect.ownKeys(proto)) {
      if (k !== 'constructor') Object.defineProperty(to, k, Object.getOwnPropertyDescriptor(proto, k));
    }
  }
}
copyMethods(kSocketProto, HandleDuplex.prototype, HttpSocket.prototype);
Object.defineProperties(kSocketProto, {
  constructor: { value: tls.TLSSocket, writable: true, configurable: true },
  // Plain fields of the http socket where net.Socket's are getters.
  bytesRead: { value: 0, writable: true, configurable: true },
  encrypted: { value: true, writable: true, configurable: true },
  localFamily: {
    get() { const l = this._handle && this._handle.local(); return l ? l.family : undefined; },
    configurable: true,
  },
});
copyMethods(kServerProto, HttpServer.prototype);
// A field of the http server's where net.Server's is a getter.
Object.defineProperty(kServerProto, 'listening', { value: false, writable: true, configurable: true });

// SecureSocket makes sockets of kSocketProto with the http socket's
// constructor.
function SecureSocket() {}
SecureSocket.prototype = kSocketProto;

// secureSocket is the TLSSocket of a connection the server secured:
// info is its handshake's (what a tls.Server socket's handle reports).
function secureSocket(server, handle, info) {
  const socket = Reflect.construct(HttpSocket, [handle], SecureSocket);
  socket._tls = true;
  socket._tlsOptions = { isServer: true, server };
  socket._tlsInfo = null;
  socket._secureEstablished = info !== undefined;
  socket.authorized = false;
  socket.authorizationError = null;
  socket.alpnProtocol = null;
  socket.servername = false;
  socket._sniError = undefined;
  if (info !== undefined) {
    socket._setInfo(info);
    socket.servername = info.servername || false;
  }
  return socket;
}

// closedHandle is the handle of a connection whose handshake failed: it
// reports its addresses, and reads and writes nothing.
function closedHandle(peer, local) {
  return {
    onread: null,
    readStart() { return 0; },
    readStop() { return 0; },
    writeBuffer() { return makeNodeError(Error, 'ERR_SOCKET_CLOSED', 'Socket is closed'); },
    writeLatin1() { return makeNodeError(Error, 'ERR_SOCKET_CLOSED', 'Socket is closed'); },
    shutdown() { return 0; },
    close() {},
    ref() {},
    unref() {},
    hasRef() { return false; },
    setNoDelay() {},
    setKeepAlive() {},
    peer() { return peer; },
    local() { return local; },
    bufferedSize() { return 0; },
  };
}

// sniHandler answers the listener's onsni(servername, done) with the
// server's SNICallback (or its contexts): done(error message or null,
// the context's options or null).
function sniHandler(server, cb) {
  return (servername, done) => {
    cb.call(server, servername, (err, ctx) => {
      if (!err && ctx !== undefined && ctx !== null && !(ctx instanceof SecureContext)) err = new Error('Invalid SNI context');
      if (err) {
        const message = String(err && err.message !== undefined ? err.message : err);
        server._sniErrors.set(message, err);
        done(message, null);
      } else {
        done(null, ctx ? ctx.context : null);
      }
    });
  };
}

function Server(opts, requestListener) {
  if (!new.target) return new Server(opts, requestListener);
  if (typeof opts === 'function') {
    requestListener = opts;
    opts = undefined;
  }
  if (opts !== undefined && opts !== null) validateObject(opts, 'options');
  opts = { ...opts };
  // As node's: http/1.1 is offered unless other protocols are given.
  if (!opts.ALPNProtocols) opts.ALPNProtocols = ['http/1.1'];
  const server = Reflect.construct(HttpServer, [opts, requestListener], new.target);
  initServer(server, opts);
  server._sniErrors = new Map();
  // As node's: a failed handshake is the server's 'clientError', or
  // ends the connection.
  server.on('tlsClientError', function onTLSClientError(err, conn) {
    if (!this.emit('clientError', err, conn)) conn.destroy(err);
  });
  // The listener's TLS argument (see binding.listen): the context, and
  // where failed handshakes go; a cluster worker's connections, which
  // come plain, are secured alike and come to onconnection.
  server._tls = {
    secure: null,
    onerror: (message, peer, local) => server._onTLSError(message, peer, local),
    onconnection: (handle, info) => server._onConnection(handle, info),
  };
  server._refreshSecure();
  return server;
}
Server.prototype = kServerProto;
Object.defineProperty(kServerProto, 'constructor', { value: Server, writable: true, configurable: true });
Object.setPrototypeOf(Server, tls.Server);

// _refreshSecure makes the context the listener secures connections
// with from the server's TLS state, once that changed.
Server.prototype._refreshSecure = function () {
  const cb = this._SNICallback || (this._contexts.length > 0 ? defaultSNICallback : undefined);
  const request = cb ? { ...this._tlsRequest, sni: true } : this._tlsRequest;
  this._tls.secure = binding.secureContext(request, cb ? sniHandler(this, cb) : undefined);
  if (this._listener && typeof this._listener.setSecureContext === 'function') {
    this._listener.setSecureContext(this._tls.secure);
  }
};

for (const name of ['setSecureContext', 'addContext', 'setTicketKeys']) {
  const method = tls.Server.prototype[name];
  Server.prototype[name] = function (...args) {
    const r = method.apply(this, args);
    this._refreshSecure();
    return r;
  };
}

// _onConnection takes a secured connection: its socket is a TLSSocket.
Server.prototype._onConnection = function (handle, info) {
  HttpServer.prototype._onConnection.call(this, handle, secureSocket(this, handle, info));
};

// _onSecure runs once 'connection' was emitted: the client's check, as
// a tls.Server's, then 'secureConnection'.
Server.prototype._onSecure = function (socket) {
  if (socket._tlsInfo === null) return;
  if (this._authorize(socket) && !socket.destroyed) this.emit('secureConnection', socket);
};

// _onTLSError reports a failed handshake as a tls.Server does, with a
// socket of the connection.
Server.prototype._onTLSError = function (message, peer, local) {
  const socket = secureSocket(this, closedHandle(peer, local), undefined);
  socket.server = this;
  // Its address outlives it, as a net.Socket's once read.
  socket._peer = peer;
  // As node's: the socket's own errors after a failed handshake are
  // nobody's.
  socket.on('error', () => {});
  this.emit('connection', socket);
  const sniError = this._sniErrors.get(message);
  if (sniError !== undefined) {
    this._sniErrors.delete(message);
    socket._sniError = sniError;
  }
  // As node's: a handshake past handshakeTimeout is its own error.
  const err = message === 'TLS handshake timeout'
    ? makeNodeError(Error, 'ERR_TLS_HANDSHAKE_TIMEOUT', message) : socket._handshakeError(message);
  this.emit('tlsClientError', err, socket);
};

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

module.exports = { Server, createServer };
