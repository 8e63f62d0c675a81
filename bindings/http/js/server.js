'use strict';
// http.Server: a Go listener whose connections parse requests in Go and
// hand them to IncomingMessage and ServerResponse, as node's server does
// with its parser. Responses to pipelined requests go out in order.
const EventEmitter = require('events');
const binding = require('internal/http_binding');
const { Socket } = require('internal/http_socket');
const { IncomingMessage, splitRaw } = require('internal/http_incoming');
const { ServerResponse } = require('internal/http_outgoing');
const { connResetException, maxHeaderSize, invalidArgType, makeNodeError } = require('internal/http_common');
const { validateInteger, outOfRange } = require('internal/errors');

const DateNow = Date.now;

const kBadRequest = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
const kTimeout = 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n';
const kTooLarge = 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n';

// clusterListen returns the cluster worker's listen (set by
// internal/cluster/child through internal/net_server), or null.
function clusterListen() {
  let netServer;
  try {
    netServer = require('internal/net_server');
  } catch {
    return null;
  }
  return netServer.getClusterListen();
}

// Flags of a request (the connection's onheaders' fifth argument).
const kUpgrade = 1;
const kKeepAlive = 2;
const kBodyless = 4;
const kExpect = 8;

const kRequestProto = IncomingMessage.prototype;
// The server's one 'request' listener, kept where a call finds it.
const kRequestListener = Symbol('requestListener');
const kResponseProto = ServerResponse.prototype;
const kDetachSocket = kResponseProto.detachSocket;

// newResponse is new ServerResponse(req) for an HTTP/1.1 request other
// than HEAD (the constructor sets only req then), as a literal that holds
// too fields of OutgoingMessage's that node's constructor makes the
// response's own and that writeHead and end set: they change a field
// then rather than add one.
function newResponse(req) {
  return {
    __proto__: kResponseProto, req, socket: null, _header: null, chunkedEncoding: false, _headerSent: false, finished: false,
  };
}

// requestHandler is a connection's onheaders(minor, raw, method, url,
// flags, head): a request's head, parsed. It is the one call into the
// script a request without a body costs, so it does its work itself
// (the default classes' steps are inlined) rather than call the server.
function requestHandler(server, socket, state) {
  return (minor, raw, method, url, flags, head) => {
    if (state.keepAliveTimer) {
      state.keepAliveTimer = false;
      // setTimeout(0) on the server's own Socket only clears the time.
      if (server.timeout === 0) socket._timeoutMs = 0;
      else socket.setTimeout(server.timeout);
    }
    const bodyless = (flags & kBodyless) !== 0;
    state.parsing = !bodyless;
    let req;
    const plain = server.IncomingMessage === IncomingMessage;
    if (plain) {
      // What the constructor would set, as one literal: a literal's
      // fields cost less than a call's assignments, each of which looks
      // along the prototype chain for a setter.
      req = { __proto__: kRequestProto, socket, _rawJoined: raw, url, method, upgrade: false, complete: false, _dumped: false };
    } else {
      req = new server.IncomingMessage(socket);
      req.rawHeaders = splitRaw(raw);
      req.method = method;
      req.url = url;
    }
    // HTTP/1.1 is the prototype's version.
    if (minor !== 1) {
      req.httpVersionMinor = minor;
      req.httpVersion = '1.' + minor;
    }
    if (server.joinDuplicateHeaders) req.joinDuplicateHeaders = true;
    // As node's server: a CONNECT is always the script's; another
    // upgrade only when someone listens for 'upgrade', else it is an
    // ordinary request and the connection stays HTTP (the result tells
    // the connection which).
    if ((flags & kUpgrade) !== 0 && (method === 'CONNECT' || server.listenerCount('upgrade') > 0)) {
      req.upgrade = true;
      server._onUpgrade(socket, req, method, head);
      return true;
    }
    if (!plain) req.upgrade = false;
    state.current = req;
    const incoming = state.incoming;
    incoming[incoming.length] = req;
    state.requests++;
    const resClass = server.ServerResponse;
    const res = plain && resClass === ServerResponse && minor === 1 && method !== 'HEAD' ? newResponse(req) : new resClass(req);
    // Set where they differ from the prototype's defaults.
    const keepAlive = (flags & kKeepAlive) !== 0;
    if (res.shouldKeepAlive !== keepAlive) res.shouldKeepAlive = keepAlive;
    if (res._keepAliveTimeout !== server.keepAliveTimeout) res._keepAliveTimeout = server.keepAliveTimeout;
    if (server.maxRequestsPerSocket > 0 && state.requests >= server.maxRequestsPerSocket) {
      res.maxRequestsOnConnectionReached = true;
    }
    if (socket._httpMessage !== null) {
      state.outgoing.push(res);
    } else if (plain && resClass === ServerResponse) {
      // assignSocket, for a response no one listens to yet.
      socket._httpMessage = res;
      res.socket = socket;
    } else {
      res.assignSocket(socket);
    }
    if ((flags & kExpect) !== 0 && minor >= 1) {
      server._onExpect(req, res, state, bodyless);
      return;
    }
    // The common case, one listener and no captured rejections, is
    // called directly: emit's generality costs more than the call.
    const h = server._directRequest ? server._events.request : undefined;
    if (typeof h === 'function') {
      // Called as the server's method, which the script's engine does
      // without leaving the script, as h.call(server, ...) does not.
      if (server[kRequestListener] !== h) server[kRequestListener] = h;
      server[kRequestListener](req, res);
    } else {
      server.emit('request', req, res);
    }
    // A request without a body is complete once its head is: it is
    // completed here, after its listener ran, as node's parser completes
    // it after headers; Go does not call oncomplete for it.
    if (bodyless && state.current === req) {
      state.current = null;
      state.parsing = false;
      req.complete = true;
      if (!req._lazy) req._end();
    }
  };
}

class Server extends EventEmitter {
  constructor(options, requestListener) {
    super();
    if (typeof options === 'function') { requestListener = options; options = {}; }
    if (options == null) options = {};
    if (typeof options !== 'object') throw invalidArgType('options', 'object', options);
    this.IncomingMessage = options.IncomingMessage || IncomingMessage;
    this.ServerResponse = options.ServerResponse || ServerResponse;
    this.maxHeaderSize = options.maxHeaderSize;
    const requestTimeout = options.requestTimeout ?? 300000;
    validateInteger(requestTimeout, 'requestTimeout', 0);
    const headersTimeout = options.headersTimeout ?? Math.min(60000, requestTimeout);
    validateInteger(headersTimeout, 'headersTimeout', 0);
    if (requestTimeout > 0 && headersTimeout > 0 && headersTimeout > requestTimeout) {
      throw outOfRange('headersTimeout', '<= requestTimeout', headersTimeout);
    }
    const checkingInterval = options.connectionsCheckingInterval ?? 30000;
    validateInteger(checkingInterval, 'connectionsCheckingInterval', 0);
    this.requestTimeout = requestTimeout;
    this.headersTimeout = headersTimeout;
    this.connectionsCheckingInterval = checkingInterval;
    this._checkTimer = null;
    this.keepAliveTimeout = options.keepAliveTimeout !== undefined ? options.keepAliveTimeout : 5000;
    this.timeout = 0;
    this.maxHeadersCount = null;
    this.maxRequestsPerSocket = 0;
    this.joinDuplicateHeaders = options.joinDuplicateHeaders;
    this.httpAllowHalfOpen = false;
    this._tls = null;
    this._listener = null;
    this._connections = new Set();
    this._connectionKey = null;
    this.listening = false;
    this._unref = false;
    if (requestListener) this.on('request', requestListener);
    this._directRequest = !EventEmitter.captureRejections;
  }

  listen(...args) {
    let port = 0, host, cb, backlog;
    if (args.length && typeof args[args.length - 1] === 'function') cb = args.pop();
    if (args[0] !== null && typeof args[0] === 'object') {
      port = args[0].port === undefined ? 0 : args[0].port;
      host = args[0].host;
      backlog = args[0].backlog;
    } else {
      if (args[0] !== undefined && args[0] !== null) port = args[0];
      if (typeof args[1] === 'string') host = args[1];
      else if (typeof args[1] === 'number') backlog = args[1];
    }
    if (typeof port === 'string' && /^\d+$/.test(port)) port = +port;
    if (typeof port !== 'number' || port < 0 || port > 65535 || port !== (port | 0)) {
      throw makeNodeError(RangeError, 'ERR_SOCKET_BAD_PORT', `options.port should be >= 0 and < 65536. Received type ${typeof port} (${typeof port === 'string' ? "'" + port + "'" : port}).`);
    }
    if (this._listener) throw makeNodeError(Error, 'ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.');
    if (cb) this.once('listening', cb);
    const exclusive = args[0] !== null && typeof args[0] === 'object' && args[0].exclusive;
    if (!exclusive && clusterListen() !== null) {
      this._listenInCluster(host, port);
      return this;
    }
    // An https server's connections come secured, with their TLS state.
    const h = binding.listen(host || '', port, (handle, tlsInfo) => this._onConnection(handle, tlsInfo), this._tls,
      this.maxHeaderSize || maxHeaderSize, backlog);
    if (h instanceof Error && h.code === 'ERR_ACCESS_DENIED') {
      process.nextTick(() => this.emit('error', h));
      return this;
    }
    if (h instanceof Error) {
      h.address = host || '::';
      h.port = port;
      h.message = `listen ${h.code}: ${h.code === 'EADDRINUSE' ? 'address already in use' : h.code === 'EACCES' ? 'permission denied' : h.code} ${h.address}:${port}`;
      if (h.stack) h.stack = 'Error: ' + h.message + h.stack.slice(h.stack.indexOf('\n'));
      process.nextTick(() => this.emit('error', h));
      return this;
    }
    this._serve(h);
    return this;
  }

  // _listenInCluster is listen in a cluster worker: the primary listens
  // (see internal/cluster/child) and each connection it hands over comes
  // as a socket handle of the net binding, whose descriptor becomes a
  // connection of this server.
  _listenInCluster(host, port) {
    const address = host || null;
    const query = { address, port, addressType: host ? require('net').isIP(host) || 4 : 4 };
    clusterListen()(this, query, (errno, handle) => {
      if (errno) {
        this.emit('error', require('internal/net_util').connectError(errno, 'bind', address, port));
        return;
      }
      const maxHeader = this.maxHeaderSize || maxHeaderSize;
      // An https server's connections come plain and are secured here.
      const tls = this._tls ? binding.serverTLS(this._tls) : undefined;
      handle.onconnection = (err, conn) => {
        if (err || conn === undefined) return;
        const fd = conn.dupFd();
        conn.close();
        if (!(fd >= 0)) return;
        const c = binding.adoptConn(fd, maxHeader, tls);
        if (c !== undefined && !(c instanceof Error)) this._onConnection(c);
      };
      handle.start(true);
      this._serve({
        address: () => handle.getsockname(),
        close: () => handle.close(),
        ref: () => handle.ref(),
        unref: () => handle.unref(),
      });
    });
  }

  _serve(h) {
    this._listener = h;
    if (this._unref) h.unref();
    // node's sweep for late requests (headersTimeout, requestTimeout):
    // the times are kept in Go, per connection, so a request costs none.
    if (this._checkTimer) clearInterval(this._checkTimer);
    this._checkTimer = setInterval(() => this._checkConnections(), this.connectionsCheckingInterval);
    this._checkTimer.unref();
    this.listening = true;
    process.nextTick(() => this.emit('listening'));
  }

  address() {
    if (!this._listener) return null;
    return this._listener.address();
  }

  close(cb) {
    if (typeof cb === 'function') {
      if (!this._listener) {
        this.once('close', () => cb(makeNodeError(Error, 'ERR_SERVER_NOT_RUNNING', 'Server is not running.')));
      } else {
        this.once('close', cb);
      }
    }
    if (this._checkTimer) {
      clearInterval(this._checkTimer);
      this._checkTimer = null;
    }
    if (this._listener) {
      this._listener.close();
      this._listener = null;
      this.listening = false;
    }
    this.closeIdleConnections();
    this._maybeClose();
    return this;
  }

  _maybeClose() {
    if (this._listener || this._closeEmitted === true) return;
    if (this._connections.size === 0) {
      this._closeEmitted = true;
      process.nextTick(() => this.emit('close'));
    }
  }

  closeAllConnections() {
    for (const s of this._connections) s.destroy();
  }

  closeIdleConnections() {
    for (const s of this._connections) {
      const st = s._httpState;
      if (st && st.incoming.length === 0 && !s._httpMessage && !st.parsing) s.destroy();
    }
  }

  setTimeout(ms, cb) {
    this.timeout = ms;
    if (cb) this.on('timeout', cb);
    return this;
  }

  getConnections(cb) {
    const n = this._connections.size;
    if (cb) process.nextTick(cb, null, n);
    return this;
  }

  ref() { this._unref = false; if (this._listener) this._listener.ref(); return this; }
  unref() { this._unref = true; if (this._listener) this._listener.unref(); return this; }

  [Symbol.asyncDispose]() {
    return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
  }

  // _onConnection takes a connection (an https server's makes its
  // socket, a TLSSocket, and passes it on).
  _onConnection(handle, socket) {
    if (socket === undefined) socket = new Socket(handle);
    socket.server = this;
    if (this._tls) socket._tls = true;
    const state = { incoming: [], outgoing: [], parsing: false, requests: 0, current: null, keepAliveTimer: false };
    socket._httpState = state;
    this._connections.add(socket);
    socket._httpEnd = (err) => this._socketEnd(socket, state, err);
    handle.onheaders = requestHandler(this, socket, state);
    handle.onbody = (chunk) => { if (state.current) state.current._pushBody(chunk); };
    handle.oncomplete = (trailers) => {
      const req = state.current;
      state.current = null;
      state.parsing = false;
      if (!req) return;
      if (trailers) req.rawTrailers = trailers;
      req.complete = true;
      req._end();
    };
    handle.onerror = (err) => this._onParseError(socket, err);
    socket.on('close', () => this._socketClose(socket, state));
    socket.on('error', (err) => {
      // After the first error the socket's errors are ignored, as node's
      // socketOnError leaves only a no-op listener.
      if (socket._errorSeen) return;
      socket._errorSeen = true;
      if (this.listenerCount('clientError') > 0) this.emit('clientError', err, socket);
      else socket.destroy();
    });
    socket.on('timeout', () => this._socketTimeout(socket, state));
    if (this.timeout) socket.setTimeout(this.timeout);
    this.emit('connection', socket);
    if (this._tls !== null) this._onSecure(socket);
    if (!socket.destroyed && socket._handle) handle.readStart();
  }

  // _onUpgrade hands an upgrade's (or CONNECT's) socket to the script's
  // listener, or ends it when there is none.
  _onUpgrade(socket, req, method, head) {
    socket._httpEnd = null;
    const event = method === 'CONNECT' ? 'connect' : 'upgrade';
    req.complete = true;
    if (this.listenerCount(event) > 0) {
      socket.removeAllListeners('timeout');
      socket.setTimeout(0);
      this._connections.delete(socket);
      this._maybeClose();
      this.emit(event, req, socket, head);
    } else {
      socket.destroy();
    }
  }

  // _onExpect answers a request's Expect header as node's server does.
  _onExpect(req, res, state, bodyless) {
    const expect = req.headers.expect;
    if (expect !== undefined) {
      if (/^100-continue$/i.test(expect)) {
        res._expect_continue = true;
        if (this.listenerCount('checkContinue') > 0) {
          this.emit('checkContinue', req, res);
        } else {
          res.writeContinue();
          this.emit('request', req, res);
        }
      } else if (this.listenerCount('checkExpectation') > 0) {
        this.emit('checkExpectation', req, res);
      } else {
        res.writeHead(417);
        res.end();
      }
    } else {
      this.emit('request', req, res);
    }
    if (bodyless && state.current === req) this._completeBodyless(state, req);
  }

  _completeBodyless(state, req) {
    state.current = null;
    state.parsing = false;
    req.complete = true;
    req._end();
  }

  _resFinished(req, res, socket, state) {
    const incoming = state.incoming;
    if (incoming.length === 1 && incoming[0] === req) {
      incoming.length = 0;
    } else if (incoming[0] === req) {
      incoming.shift();
    } else {
      const i = state.incoming.indexOf(req);
      if (i >= 0) state.incoming.splice(i, 1);
    }
    if (req._lazy) req._dumped = true; // dumped when its stream state is made
    else if (!req._consuming && !req._readableState.resumeScheduled) req._dump();
    // detachSocket, inlined unless a script replaced it.
    if (res.detachSocket === kDetachSocket) {
      socket._httpMessage = null;
      res.socket = null;
    } else {
      res.detachSocket(socket);
    }
    if (res._last) {
      socket.destroySoon();
    } else if (state.outgoing.length === 0) {
      const ka = this.keepAliveTimeout;
      if (ka && !socket._writableState.destroyed) {
        // socket.setTimeout(ka), its common case inlined: the timer
        // armed for an earlier request serves this one too.
        const now = DateNow();
        if (typeof ka === 'number' && ka > 0 && socket._timer !== null && now + ka >= socket._timerDue) {
          socket._timeoutMs = ka;
          socket._lastActive = now;
        } else {
          socket.setTimeout(ka);
        }
        state.keepAliveTimer = true;
      }
      if (!this._listener && state.incoming.length === 0) socket.destroy();
    } else {
      const m = state.outgoing.shift();
      if (m) m.assignSocket(socket);
    }
  }

  _socketEnd(socket, state) {
    socket._httpEnd = null;
    if (state.current && !state.current.complete) {
      state.current.destroy(connResetException('aborted'));
    }
    if (state.incoming.length === 0 && !socket._httpMessage) {
      if (socket.writable) socket.end();
      socket.destroySoon();
    } else if (!this.httpAllowHalfOpen) {
      // As node's, the server ends its side too when the client has
      // ended its own, whatever answer is still being written.
      if (socket.writable) socket.end();
      socket.destroySoon();
    } else {
      // Answer what was asked, then close.
      const last = state.outgoing.length ? state.outgoing[state.outgoing.length - 1] : socket._httpMessage;
      if (last) last._last = true;
      if (last) last.shouldKeepAlive = false;
    }
  }

  _socketClose(socket, state) {
    this._connections.delete(socket);
    for (const req of state.incoming) {
      if (!req.complete || !req.readableEnded) {
        if (!req.destroyed) req.destroy(connResetException('aborted'));
      }
    }
    const res = socket._httpMessage;
    if (res && !res._closed) {
      res.destroyed = true;
      res._closed = true;
      res.emit('close');
    }
    for (const r of state.outgoing) { r._closed = true; r.emit('close'); }
    state.incoming = [];
    state.outgoing = [];
    this._maybeClose();
  }

  // _socketTimeout is node's socketOnTimeout: the keep-alive time between
  // requests runs out as any other time does ('timeout' for whoever
  // listens, else the connection ends).
  _socketTimeout(socket, state) {
    const req = state.current;
    const reqTimeout = req && req.emit('timeout', socket);
    const res = socket._httpMessage;
    const resTimeout = res && res.emit('timeout', socket);
    const serverTimeout = this.emit('timeout', socket);
    if (!reqTimeout && !resTimeout && !serverTimeout) socket.destroy();
  }

  _checkConnections() {
    const headersTimeout = this.headersTimeout;
    const requestTimeout = this.requestTimeout;
    if (headersTimeout === 0 && requestTimeout === 0) return;
    for (const socket of this._connections) {
      const h = socket._handle;
      if (h && h.timedOut(headersTimeout, requestTimeout)) {
        this._onParseError(socket, makeNodeError(Error, 'ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout'));
      }
    }
  }

  // _onParseError is node's socketOnError: the script's 'clientError',
  // or an error response (when nothing of a response went out yet) and
  // the end of the connection.
  _onParseError(socket, err) {
    socket._errorSeen = true;
    if (this.listenerCount('clientError') > 0) {
      this.emit('clientError', err, socket);
      return;
    }
    const res = socket._httpMessage;
    if (socket.writable && (!res || !res._headerSent)) {
      const response = err.code === 'HPE_HEADER_OVERFLOW' ? kTooLarge : err.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? kTimeout : kBadRequest;
      if (!socket._fastWrite(response, true, null)) socket.write(response, 'latin1');
    }
    socket.destroySoon();
  }
}

module.exports = { Server };
