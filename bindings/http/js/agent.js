'use strict';
// Agent pools client connections per host:port as node's does: at most
// maxSockets in use, requests queued past that, and with keepAlive the
// free sockets kept (unref'd) for the next request.
const EventEmitter = require('events');
const binding = require('internal/http_binding');
const { Socket } = require('internal/http_socket');
const { maxHeaderSize, invalidArgType } = require('internal/http_common');
const { invalidArgValue, validateNumber } = require('internal/errors');

class Agent extends EventEmitter {
  constructor(options) {
    super();
    this.defaultPort = 80;
    this.protocol = 'http:';
    this.options = { __proto__: null, ...options };
    if (this.options.noDelay === undefined) this.options.noDelay = true;
    this.options.path = null;
    this.requests = { __proto__: null };
    this.sockets = { __proto__: null };
    this.freeSockets = { __proto__: null };
    this.keepAliveMsecs = this.options.keepAliveMsecs || 1000;
    this.keepAlive = this.options.keepAlive || false;
    this.maxSockets = this.options.maxSockets || Infinity;
    this.maxFreeSockets = this.options.maxFreeSockets || 256;
    this.scheduling = this.options.scheduling || 'lifo';
    this.maxTotalSockets = this.options.maxTotalSockets;
    this.totalSocketCount = 0;
    if (this.scheduling !== 'fifo' && this.scheduling !== 'lifo') {
      throw invalidArgValue('scheduling', this.scheduling, "must be one of: 'fifo', 'lifo'");
    }
    if (this.maxTotalSockets !== undefined) validateNumber(this.maxTotalSockets, 'maxTotalSockets', 1);
    else this.maxTotalSockets = Infinity;
    this.on('free', (socket, options) => this._onFree(socket, options));
  }

  getName(options = {}) {
    let name = options.host || 'localhost';
    name += ':';
    if (options.port) name += options.port;
    name += ':';
    if (options.localAddress) name += options.localAddress;
    if (options.family === 4 || options.family === 6) name += ':' + options.family;
    return name;
  }

  addRequest(req, options) {
    options = { __proto__: null, ...options, ...this.options };
    if (!options.host && options.hostname) options.host = options.hostname;
    if (!options.servername && options.servername !== '') options.servername = serverName(options, req);
    req._agentOpts = options;
    const name = this.getName(options);
    // As node's: a name asked for has its (maybe empty) list of sockets.
    if (!this.sockets[name]) this.sockets[name] = [];
    const free = this.freeSockets[name];
    while (free && free.length) {
      const socket = this.scheduling === 'fifo' ? free.shift() : free.pop();
      if (!free.length) delete this.freeSockets[name];
      if (socket.destroyed) continue;
      socket.removeListener('error', freeSocketError);
      socket.ref();
      socket.setTimeout(0);
      (this.sockets[name] || (this.sockets[name] = [])).push(socket);
      this.totalSocketCount++;
      req.reusedSocket = true;
      process.nextTick(() => req.onSocket(socket));
      return;
    }
    const inUse = this.sockets[name] ? this.sockets[name].length : 0;
    if (inUse < this.maxSockets && this.totalSocketCount < this.maxTotalSockets) {
      this.createSocket(req, options, (err, socket) => {
        if (err) req.onSocket(socket, err);
        else req.onSocket(socket);
      });
      return;
    }
    // Past maxSockets for its name or maxTotalSockets for the agent: it
    // waits for a socket of its own name, or (past maxTotalSockets) for
    // any socket to leave use.
    req._agentQueuedOptions = options;
    (this.requests[name] || (this.requests[name] = [])).push(req);
  }

  createSocket(req, options, cb) {
    const name = this.getName(options);
    options._agentKey = name;
    const socket = connect(options, req);
    (this.sockets[name] || (this.sockets[name] = [])).push(socket);
    this.totalSocketCount++;
    const onClose = () => this.removeSocket(socket, options);
    socket.once('close', onClose);
    socket._agentOnClose = onClose;
    process.nextTick(() => cb(null, socket));
  }

  // _release takes a socket out of the pool for good (an upgrade's or a
  // CONNECT's, node's 'agentRemove').
  _release(socket, options) {
    if (socket._agentOnClose) {
      socket.removeListener('close', socket._agentOnClose);
      socket._agentOnClose = undefined;
    }
    this.removeSocket(socket, options);
  }

  // removeSocket forgets a socket (totalSocketCount counts those in use,
  // not the free ones), then gives a waiting request a new socket.
  removeSocket(socket, options) {
    const name = this.getName(options);
    for (const sets of [this.sockets, this.freeSockets]) {
      const list = sets[name];
      if (!list) continue;
      const i = list.indexOf(socket);
      if (i >= 0) {
        list.splice(i, 1);
        if (sets === this.sockets) this.totalSocketCount--;
        if (!list.length) delete sets[name];
      }
    }
    this._servePending(name);
  }

  // _servePending starts a socket for a waiting request: one of name's
  // first, else, as node's, one of the first other name that has no
  // socket in use (its own sockets serve the others as they free).
  _servePending(name) {
    if (this.totalSocketCount >= this.maxTotalSockets) return;
    let key = null;
    const own = this.requests[name];
    if (own && own.length) {
      if (this.sockets[name] && this.sockets[name].length >= this.maxSockets) return;
      key = name;
    } else {
      for (const k of Object.keys(this.requests)) {
        if (!(this.sockets[k] && this.sockets[k].length)) key = k;
        break;
      }
    }
    if (key === null) return;
    const pending = this.requests[key];
    const req = pending.shift();
    if (!pending.length) delete this.requests[key];
    const opts = req._agentQueuedOptions;
    req._agentQueuedOptions = undefined;
    this.createSocket(req, opts, (err, s) => req.onSocket(s, err));
  }

  _onFree(socket, options) {
    const name = this.getName(options);
    const pending = this.requests[name];
    if (pending && pending.length) {
      const req = pending.shift();
      if (!pending.length) delete this.requests[name];
      socket.ref();
      req.reusedSocket = true;
      req.onSocket(socket);
      return;
    }
    const req = socket._httpMessage;
    if (!req || !req.shouldKeepAlive || !this.keepAlive || socket.destroyed) {
      socket.destroy();
      return;
    }
    const list = this.sockets[name];
    if (list) {
      const i = list.indexOf(socket);
      if (i >= 0) {
        list.splice(i, 1);
        this.totalSocketCount--;
      }
      if (!list.length) delete this.sockets[name];
    }
    const free = this.freeSockets[name] || (this.freeSockets[name] = []);
    if (free.length >= this.maxFreeSockets) {
      socket.destroy();
      return;
    }
    if (!this.keepSocketAlive(socket)) {
      socket.destroy();
      return;
    }
    socket._httpMessage = null;
    socket._httpEnd = () => socket.destroy();
    free.push(socket);
    socket.once('error', freeSocketError);
    socket.once('close', () => {
      const l = this.freeSockets[name];
      if (!l) return;
      const i = l.indexOf(socket);
      if (i >= 0) l.splice(i, 1);
      if (!l.length) delete this.freeSockets[name];
    });
    // A socket out of use may let another name's request have one.
    this._servePending(name);
  }

  // keepSocketAlive readies a socket for the free list. A response's
  // Keep-Alive: timeout=N hint shortens the socket's idle time to a
  // second under the server's, and a hint of a second or less keeps the
  // socket from being reused at all, as node 20 does.
  keepSocketAlive(socket) {
    socket.setKeepAlive(true, this.keepAliveMsecs);
    socket.unref();
    let agentTimeout = this.options.timeout || 0;
    let canKeep = true;
    const res = socket._httpMessage && socket._httpMessage.res;
    const hintHeader = res && res.headers['keep-alive'];
    if (hintHeader) {
      const hint = /^timeout=(\d+)/.exec(hintHeader);
      if (hint) {
        let serverHint = parseInt(hint[1], 10) * 1000 - 1000;
        serverHint = serverHint > 0 ? serverHint : 0;
        if (serverHint === 0) canKeep = false;
        else if (serverHint < agentTimeout) agentTimeout = serverHint;
      }
    }
    if (socket._timeoutMs !== agentTimeout) socket.setTimeout(agentTimeout);
    return canKeep;
  }

  reuseSocket(socket, req) {
    socket.ref();
  }

  destroy() {
    for (const sets of [this.freeSockets, this.sockets]) {
      for (const k of Object.keys(sets)) for (const s of sets[k].slice()) s.destroy();
    }
  }
}

function freeSocketError() { this.destroy(); }

// serverName is the name a TLS connection for req asks for, as node's
// agent works it out: the Host header's host when there is one (which
// must be a string), else options.host; none for an IP address.
function serverName(options, req) {
  let name = options.host;
  const hostHeader = req.getHeader('host');
  if (hostHeader) {
    if (typeof hostHeader !== 'string') throw invalidArgType('options.headers.host', 'string', hostHeader);
    if (hostHeader.startsWith('[')) {
      const i = hostHeader.indexOf(']');
      name = i === -1 ? hostHeader : hostHeader.substring(1, i);
    } else {
      name = hostHeader.split(':', 1)[0];
    }
  }
  if (require('net').isIP(name)) name = '';
  return name;
}

// connect starts a connection: a Socket at once, connected (or failed)
// later, as net.connect's.
function connect(options, req) {
  const socket = new PendingSocket(options);
  const host = options.host || 'localhost';
  const port = +options.port || options.defaultPort || 80;
  // A pfx, or keys that need a passphrase, are read as tls reads them.
  const ctx = options._tls && (options.pfx || options.passphrase !== undefined)
    ? require('tls').createSecureContext(options).context : null;
  const tls = options._tls ? {
    ca: ctx ? ctx.ca : options.ca, cert: ctx ? ctx.cert : options.cert, key: ctx ? ctx.key : options.key,
    rejectUnauthorized: options.rejectUnauthorized !== false,
    servername: options.servername || (isIP(host) ? undefined : host),
    session: options.session,
    ALPNProtocols: Array.isArray(options.ALPNProtocols) ? options.ALPNProtocols.map(String) : undefined,
  } : null;
  const connectHost = host === 'localhost' ? '127.0.0.1' : host;
  binding.connect(connectHost, port, tls, (err, handle) => {
    if (socket.destroyed) { if (handle) handle.close(); return; }
    if (err) {
      if (err.syscall === 'connect') {
        err.address = connectHost;
        err.port = port;
        err.message = `connect ${err.code} ${connectHost}:${port}`;
        if (err.stack) err.stack = 'Error: ' + err.message + err.stack.slice(err.stack.indexOf('\n'));
      }
      socket.destroy(err);
      return;
    }
    socket._attach(handle, options, host);
  }, (req && req.maxHeaderSize) || options.maxHeaderSize || maxHeaderSize);
  return socket;
}

// The TLS socket methods an https client socket has, as a TLSSocket's.
const tlsMethods = ['getPeerCertificate', 'getPeerX509Certificate', 'getProtocol', 'getCipher',
  'getEphemeralKeyInfo', 'exportKeyingMaterial', 'isSessionReused', 'getSession', 'getTLSTicket',
  'setMaxSendFragment', '_onSession'];

function isIP(h) { return /^[\d.]+$/.test(h) || h.includes(':'); }

// PendingSocket is a Socket whose handle comes once the connection is
// made: writes before then wait in the stream, as net.Socket's do.
class PendingSocket extends Socket {
  constructor(options) {
    // A client connection, as net.connect makes it: not half-open unless
    // asked (an upgraded socket ends when its peer does).
    super(placeholder(), { allowHalfOpen: options.allowHalfOpen === true });
    this._handle = null;
    this._connecting = true;
    this._tls = !!options._tls;
    if (this._tls) {
      this._tlsInfo = null;
      this.authorized = false;
      this.authorizationError = null;
      this.alpnProtocol = null;
      const { TLSSocket } = require('tls');
      for (const m of tlsMethods) this[m] = TLSSocket.prototype[m];
    }
    this.cork();
  }
  // _secure takes in an https connection's handshake as a TLSSocket's
  // _onSecure does: the peer's check (with rejectUnauthorized the
  // connection was refused already had it failed; a resumed session's
  // peer was checked when it was made), then its sessions.
  // It returns the error that refuses the peer, when rejectUnauthorized.
  _secure(handle, options, host) {
    const info = handle.tlsState;
    this._tlsInfo = info;
    this.alpnProtocol = info.alpn === '' ? false : info.alpn;
    this.authorized = info.authorized;
    this.authorizationError = info.authorizationError === undefined ? null : info.authorizationError;
    let err = null;
    if (info.authorizationError !== undefined) {
      err = new Error(info.authorizationMessage);
      err.code = info.authorizationError;
    } else if (!info.resumed) {
      const check = options.checkServerIdentity || require('tls').checkServerIdentity;
      err = check(options.servername || host, this.getPeerCertificate(true)) || null;
      if (err) {
        this.authorized = false;
        this.authorizationError = err.code || err.message;
      }
    }
    if (err !== null && options.rejectUnauthorized !== false) return err;
    handle.onsession = (ab) => this._onSession(Buffer.from(ab));
    if (info.resumed && options.session) this._session = Buffer.from(options.session);
    // As a TLSSocket's: getSession() has the handshake's session at once,
    // its 'session' event follows 'secureConnect'.
    this._pendingSessions = (info.sessions || []).map((ab) => Buffer.from(ab));
    const n = this._pendingSessions.length;
    if (n > 0) this._session = this._pendingSessions[n - 1];
    return null;
  }
  get connecting() { return this._connecting; }
  _attach(handle, options, host) {
    const base = this._handleOnread;
    this._handle = handle;
    const duplex = this;
    handle.onread = (chunk, err) => {
      duplex._lastActive = Date.now();
      if (duplex._httpEnd !== null && chunk === null) return duplex._httpEnd(err);
      if (err !== undefined) duplex.destroy(err);
      else if (chunk === null) duplex.push(null);
      else if (!duplex.push(chunk)) handle.readStop();
    };
    if (this._refd === false) handle.unref();
    this._connecting = false;
    this.emit('connect');
    if (this._tls && handle.tlsState) {
      const refused = this._secure(handle, options, host);
      if (refused !== null) {
        this.destroy(refused);
        return;
      }
    }
    if (this._tls) this.emit('secureConnect');
    if (this._pendingSessions) {
      const sessions = this._pendingSessions;
      this._pendingSessions = undefined;
      for (const session of sessions) this._onSession(session);
    }
    this.emit('ready');
    this.uncork();
  }
  _write(chunk, encoding, cb) {
    if (this._handle === null) return cb(new Error('This socket is closed'));
    super._write(chunk, encoding, cb);
  }
  _final(cb) {
    if (this._handle === null) return cb();
    super._final(cb);
  }
  _read() {
    if (this._handle !== null) this._handle.readStart();
  }
  ref() { this._refd = true; return super.ref(); }
  unref() { this._refd = false; return super.unref(); }
}

function placeholder() {
  return { onread: null };
}

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

module.exports = { Agent, globalAgent, connect };
