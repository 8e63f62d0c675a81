'use strict';
// ClientRequest: the request a client writes, over a socket from its
// Agent (or its own), reading the response with the Go parser.
const { OutgoingMessage } = require('internal/http_outgoing');
const { IncomingMessage } = require('internal/http_incoming');
const {
  METHODS, checkIsHttpToken, connResetException, makeNodeError, invalidArgType, validateHeaderName,
  validateHeaderValue, maxHeaderSize,
} = require('internal/http_common');
const agents = require('internal/http_agent');
const binding = require('internal/http_binding');
const { Socket } = require('internal/http_socket');

// A request path may hold no control characters, spaces or characters
// past latin1 (node's INVALID_PATH_REGEX).
const kInvalidPath = /[^\u0021-\u00ff]/;

// validateHost is node's check of options.hostname and options.host.
function validateHost(host, name) {
  if (host !== null && host !== undefined && typeof host !== 'string') {
    throw invalidArgType(`options.${name}`, ['string', 'undefined', 'null'], host);
  }
  return host;
}

const kNoBody = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT']);

class ClientRequest extends OutgoingMessage {
  constructor(input, options, cb) {
    super();
    if (typeof input === 'string') {
      input = urlToOptions(new URL(input));
    } else if (input instanceof URL) {
      input = urlToOptions(input);
    } else {
      cb = options;
      options = input;
      input = null;
    }
    if (typeof options === 'function') { cb = options; options = input || {}; } else {
      options = Object.assign(input || {}, options);
    }
    let agent = options.agent;
    const defaultAgent = options._defaultAgent || agents.globalAgent;
    if (agent === false) {
      agent = new defaultAgent.constructor();
    } else if (agent === null || agent === undefined) {
      if (typeof options.createConnection !== 'function') agent = defaultAgent;
    } else if (typeof agent.addRequest !== 'function') {
      throw invalidArgType('options.agent', ['Agent-like Object', 'undefined', 'false'], agent);
    }
    this.agent = agent;
    const protocol = options.protocol || defaultAgent.protocol;
    let expectedProtocol = defaultAgent.protocol;
    if (this.agent && this.agent.protocol) expectedProtocol = this.agent.protocol;
    if (protocol !== expectedProtocol) {
      throw makeNodeError(TypeError, 'ERR_INVALID_PROTOCOL', `Protocol "${protocol}" not supported. Expected "${expectedProtocol}"`);
    }
    const defaultPort = options.defaultPort || (this.agent && this.agent.defaultPort) || 80;
    const port = options.port = options.port || defaultPort || 80;
    const host = options.host = validateHost(options.hostname, 'hostname') || validateHost(options.host, 'host') || 'localhost';
    this.timeout = options.timeout;
    let method = options.method;
    if (method != null && typeof method !== 'string') throw invalidArgType('options.method', 'string', method);
    if (method && !checkIsHttpToken(method)) {
      throw makeNodeError(TypeError, 'ERR_INVALID_HTTP_TOKEN', `Method must be a valid HTTP token ["${method}"]`);
    }
    method = this.method = (method || 'GET').toUpperCase();
    if (options.path && kInvalidPath.test(String(options.path))) {
      throw makeNodeError(TypeError, 'ERR_UNESCAPED_CHARACTERS', 'Request path contains unescaped characters');
    }
    const path = this.path = options.path || '/';
    this.protocol = protocol;
    this.host = host;
    this.maxHeaderSize = options.maxHeaderSize;
    this.useChunkedEncodingByDefault = !kNoBody.has(method);
    this._ended = false;
    this.res = null;
    this.aborted = false;
    this.timeoutCb = null;
    this.upgradeOrConnect = false;
    this.parser = null;
    this.maxHeadersCount = null;
    this.reusedSocket = false;
    this.finished = false;
    this._closed = false;
    this.shouldKeepAlive = agent ? !!agent.keepAlive : false;
    if (cb) this.once('response', cb);
    const headers = options.headers;
    if (!Array.isArray(headers)) {
      if (headers) for (const k of Object.keys(headers)) this.setHeader(k, headers[k]);
      if (host && !this.getHeader('host') && options.setHost !== false) {
        let hostHeader = host;
        if (hostHeader.includes(':') && hostHeader[0] !== '[') hostHeader = '[' + hostHeader + ']';
        if (+port !== +defaultPort) hostHeader += ':' + port;
        this.setHeader('Host', hostHeader);
      }
      if (options.auth && !this.getHeader('Authorization')) {
        this.setHeader('Authorization', 'Basic ' + Buffer.from(options.auth).toString('base64'));
      }
      if (this.getHeader('expect') && this._header) throw makeNodeError(Error, 'ERR_HTTP_HEADERS_SENT', 'Cannot render headers after they are sent to the client');
      if (this.getHeader('expect')) this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', this._headers, true);
    } else {
      this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', headers, false);
    }
    if (options.signal) {
      const signal = options.signal;
      const onAbort = () => this.destroy(abortErr(signal.reason));
      if (signal.aborted) process.nextTick(onAbort);
      else {
        signal.addEventListener('abort', onAbort, { once: true });
        this.once('close', () => signal.removeEventListener('abort', onAbort));
      }
    }
    const opts = { ...options, _defaultAgent: undefined };
    if (this.agent) {
      this.agent.addRequest(this, opts);
    } else if (typeof options.createConnection === 'function') {
      const s = options.createConnection(opts, (err, sock) => this.onSocket(sock, err));
      if (s) this.onSocket(s);
    }
  }

  _implicitHeader() {
    if (this._header) throw makeNodeError(Error, 'ERR_HTTP_HEADERS_SENT', 'Cannot render headers after they are sent to the client');
    this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n', this._headers, true);
  }

  abort() {
    if (this.aborted) return;
    this.aborted = true;
    process.nextTick(() => this.emit('abort'));
    this.destroy();
  }

  destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    if (this.res) this.res._dump();
    this[kError] = err;
    if (this.socket) this.socket.destroy(err);
    return this;
  }

  setTimeout(ms, cb) {
    if (cb) this.once('timeout', cb);
    const arm = (s) => {
      s.setTimeout(ms);
      if (!this._timeoutHooked) {
        this._timeoutHooked = true;
        s.on('timeout', () => { if (s._httpMessage === this) this.emit('timeout'); });
      }
    };
    if (this.socket) arm(this.socket);
    else this.once('socket', arm);
    return this;
  }

  setNoDelay(v) { if (this.socket) this.socket.setNoDelay(v); else this.once('socket', (s) => s.setNoDelay(v)); }
  setSocketKeepAlive(on, d) { if (this.socket) this.socket.setKeepAlive(on, d); else this.once('socket', (s) => s.setKeepAlive(on, d)); }

  onSocket(socket, err) {
    process.nextTick(() => this._onSocketNT(socket, err));
  }

  _onSocketNT(socket, err) {
    if (this.destroyed || err) {
      if (socket && !err && this.agent) {
        // Back to the agent, which pools or ends it (node's socket
        // 'free' listener).
        this.agent.emit('free', socket, this._agentOpts);
      } else if (socket) {
        socket.destroy(err);
      }
      if (!this.socket) {
        err = err || this[kError];
        if (!err && !this.aborted) err = connResetException('socket hang up');
        if (err) this.emit('error', err);
        this._closed = true;
        this.emit('close');
      }
      return;
    }
    this.socket = socket;
    socket._httpMessage = this;
    socket.parser = true;
    this._attach(socket);
    this.emit('socket', socket);
    if (this.timeout !== undefined) this.setTimeout(this.timeout);
    if (this._header && !this._headerSent && this.getHeader('expect')) this._send('', 'latin1');
    if (this.outputData.length) this._flushOutput(socket);
    if (this.finished) this._sent();
  }

  _attach(socket) {
    const req = this;
    const onError = (err) => {
      if (socket._httpMessage !== req) return;
      if (!req._errored) {
        req._errored = true;
        req.emit('error', err);
      }
    };
    const onClose = () => {
      if (socket._httpMessage !== req) return;
      const res = req.res;
      if (res) {
        if (!res.complete) {
          res.destroy(connResetException('aborted'));
        }
      } else if (!req._errored && !req.aborted) {
        req._errored = true;
        req.emit('error', connResetException('socket hang up'));
      }
      req._closed = true;
      req.emit('close');
    };
    socket.on('error', onError);
    socket.on('close', onClose);
    // wire points a parser's callbacks (the connection's own handle, or a
    // parser over a foreign stream's 'data') at this request.
    const wire = (handle) => {
      handle.expect(req.method);
      socket._httpEnd = (err) => {
        socket._httpEnd = null;
        if (req.res && !req.res.complete) {
          // The socket's 'close' aborts the response.
        } else if (!req.res && !req._errored && !req.aborted) {
          req._errored = true;
          // As node's: the socket's error (a TLS alert), else a hang-up.
          req.emit('error', err || connResetException('socket hang up'));
        }
        socket.destroy();
      };
      handle.onheaders = (minor, raw, method, url, status, reason, upgrade, keepAlive, head, bodyless) =>
        req._onResponse(socket, minor, raw, status, reason, upgrade, keepAlive, head, bodyless);
      handle.onbody = (chunk) => { if (req.res) req.res._pushBody(chunk); };
      handle.oncomplete = (trailers) => req._onComplete(socket, trailers);
      handle.onerror = (e) => { onError(e); socket.destroy(); };
    };
    let onData = null;
    let onEnd = null;
    socket._detach = () => {
      socket.removeListener('error', onError);
      socket.removeListener('close', onClose);
      if (onData !== null) {
        socket.removeListener('data', onData);
        socket.removeListener('end', onEnd);
        onData = onEnd = null;
      }
    };
    if (!(socket instanceof Socket)) {
      // A stream of the script's own (createConnection's net.Socket, or
      // any Duplex): its bytes come as 'data' and go through a parser of
      // their own.
      const parser = binding.newParser(true, maxHeaderSize);
      socket._foreignHttp = true;
      wire(parser);
      onData = (chunk) => parser.execute(chunk);
      onEnd = () => {
        parser.finish();
        if (socket._httpEnd) socket._httpEnd();
      };
      socket.on('data', onData);
      socket.on('end', onEnd);
      return;
    }
    const ready = (handle) => {
      wire(handle);
      handle.readStart();
    };
    if (socket._handle) ready(socket._handle);
    else socket.once('connect', () => ready(socket._handle));
  }

  // _sent: the whole request is written; the parser expects its answer.
  _sent() {}

  _onResponse(socket, minor, raw, status, reason, upgrade, keepAlive, head, bodyless) {
    if (status >= 100 && status < 200 && status !== 101) {
      if (status === 100) this.emit('continue');
      else if (status === 102) this.emit('processing');
      else {
        const r = { statusCode: status, statusMessage: reason, httpVersion: '1.' + minor, httpVersionMajor: 1, httpVersionMinor: minor, headers: require('internal/http_incoming').headersFromRaw(raw), rawHeaders: raw };
        this.emit('information', r);
      }
      return;
    }
    const res = new IncomingMessage(socket);
    this.res = res;
    res.httpVersionMinor = minor;
    res.httpVersion = '1.' + minor;
    res.rawHeaders = raw;
    res.statusCode = status;
    res.statusMessage = reason;
    res.req = this;
    if (upgrade) {
      socket._httpEnd = null;
      this.upgradeOrConnect = true;
      res.upgrade = true;
      socket._detach();
      socket.parser = null;
      const event = this.method === 'CONNECT' ? 'connect' : 'upgrade';
      if (this.listenerCount(event) > 0) {
        // The socket is the script's now: out of the agent's pool.
        if (this.agent && typeof this.agent._release === 'function') this.agent._release(socket, this._agentOpts);
        socket._httpMessage = null;
        this.emit(event, res, socket, head);
        this.destroyed = true;
        this._closed = true;
        this.emit('close');
      } else {
        socket.destroy();
      }
      return;
    }
    // As node's parser sets it for every message it reads.
    res.upgrade = false;
    if (!keepAlive) this.shouldKeepAlive = false;
    if (this.method === 'HEAD') res.complete = false;
    if (!this.emit('response', res)) res._dump();
  }

  _onComplete(socket, trailers) {
    const res = this.res;
    if (!res) return;
    if (trailers) res.rawTrailers = trailers;
    res.complete = true;
    res._end();
    const done = () => {
      socket._httpEnd = null;
      socket._detach();
      if (this.shouldKeepAlive && this.agent && !socket.destroyed) {
        socket.setTimeout(0);
        socket.removeAllListeners('timeout');
        this._timeoutHooked = false;
        this.agent.emit('free', socket, this._agentOpts);
        if (socket._httpMessage === this) socket._httpMessage = null;
        process.nextTick(() => { this._closed = true; this.emit('close'); });
      } else {
        socket.once('close', () => { this._closed = true; this.emit('close'); });
        socket.destroySoon();
      }
    };
    if (this.writableFinished || this.finished) done();
    else this.once('finish', done);
  }

}

const kError = Symbol('kError');

function abortErr(reason) {
  const e = new Error('The operation was aborted');
  e.name = 'AbortError';
  e.code = 'ABORT_ERR';
  if (reason !== undefined) e.cause = reason;
  return e;
}

function urlToOptions(url) {
  const options = {
    protocol: url.protocol,
    hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
  };
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password) options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  return options;
}

module.exports = { ClientRequest, urlToOptions, validateHeaderName, validateHeaderValue, METHODS };
