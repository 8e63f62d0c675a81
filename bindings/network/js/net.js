'use strict';
// Node's net module: TCP and Unix-socket servers and sockets. A Socket is
// a HandleDuplex over a Go connection (bindings/stream's Handle); a Server
// owns a Go listener that hands each accepted connection to the loop.
const { HandleDuplex } = require('internal/stream_base');
const errors = require('internal/errors');
const native = internalBinding('net');
const {
  isIP, isIPv4, isIPv6, connectError, validatePort, normalizeArgs,
} = require('internal/net_util');
const { Server } = require('internal/net_server');

// ---- Socket ---------------------------------------------------------------------

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (typeof options === 'number') options = { fd: options };
  else options = { ...options };
  let fdHandle;
  if (options.fd !== undefined) {
    // The socket takes over a descriptor the process has: a connected
    // stream socket (TCP or Unix), as node's TCP and Pipe handles.
    errors.validateInteger(options.fd, 'fd', 0, 2147483647);
    fdHandle = native.openFd(options.fd);
    if (typeof fdHandle === 'string') {
      if (fdHandle === 'FIFO') {
        throw errors.makeNodeError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
          'The feature Socket from a FIFO descriptor is unavailable on the current platform, which is being used to run Node.js');
      }
      throw errors.makeNodeError(TypeError, 'ERR_INVALID_FD_TYPE', 'Unsupported fd type: ' + fdHandle);
    }
    if (typeof fdHandle === 'number') throw connectError(fdHandle, 'open');
  }
  const allowHalfOpen = !!options.allowHalfOpen;
  HandleDuplex.call(this, null, {
    allowHalfOpen,
    emitClose: false,
    autoDestroy: true,
    decodeStrings: false,
    readable: options.readable !== false,
    writable: options.writable !== false,
    highWaterMark: options.highWaterMark,
  });
  this.connecting = false;
  this._hadError = false;
  this._host = null;
  this._pendingWrite = null;
  this._cancelConnect = null;
  this._bytesWritten = 0;
  this._timeout = null;
  this._timeoutMs = undefined;
  this._refd = true;
  this._noDelay = !!options.noDelay;
  this._keepAlive = !!options.keepAlive;
  this._keepAliveDelay = ~~(options.keepAliveInitialDelay / 1000);
  this.server = null;
  this._server = null;
  if (fdHandle !== undefined) options.handle = fdHandle;
  if (options.handle) {
    this._attachConnected(options.handle);
    // A connected socket reads at once, as node's does, so that the end of
    // input is seen even by a script that never reads.
    if (options.pauseOnCreate === true) this.pause();
    else if (options.manualStart !== true) this.read(0);
  }
  if (options.signal) addAbortSignal(this, options.signal);
}
Object.setPrototypeOf(Socket.prototype, HandleDuplex.prototype);
Object.setPrototypeOf(Socket, HandleDuplex);

function addAbortSignal(socket, signal) {
  errors.validateAbortSignal(signal, 'options.signal');
  const onAbort = () => socket.destroy(errors.abortError(signal.reason));
  if (signal.aborted) process.nextTick(onAbort);
  else {
    signal.addEventListener('abort', onAbort, { once: true });
    socket.once('close', () => signal.removeEventListener('abort', onAbort));
  }
}

Socket.prototype._attachConnected = function (handle) {
  this._attach(handle);
  if (this._noDelay) handle.setNoDelay(true);
  if (this._keepAlive) handle.setKeepAlive(true, this._keepAliveDelay);
  if (!this._refd) handle.unref();
};

Object.defineProperties(Socket.prototype, {
  pending: { get() { return !this._handle || this.connecting; }, configurable: true },
  readyState: {
    get() {
      if (this.connecting) return 'opening';
      if (this.readable && this.writable) return 'open';
      if (this.readable && !this.writable) return 'readOnly';
      if (!this.readable && this.writable) return 'writeOnly';
      return 'closed';
    },
    configurable: true,
  },
  bytesRead: { get() { return this._bytesRead; }, configurable: true },
  bytesWritten: { get() { return this._bytesWritten; }, configurable: true },
  remoteAddress: { get() { return peer(this).address; }, configurable: true },
  remoteFamily: { get() { return peer(this).family; }, configurable: true },
  remotePort: { get() { return peer(this).port; }, configurable: true },
  localAddress: { get() { return local(this).address; }, configurable: true },
  localFamily: { get() { return local(this).family; }, configurable: true },
  localPort: { get() { return local(this).port; }, configurable: true },
  _connecting: { get() { return this.connecting; }, configurable: true },
});

function peer(socket) {
  if (socket._peername === undefined) {
    const info = socket._handle && socket._handle.getpeername();
    if (!info || typeof info !== 'object') return {};
    socket._peername = info;
  }
  return socket._peername;
}

function local(socket) {
  const info = socket._handle && socket._handle.getsockname();
  return info && typeof info === 'object' ? info : {};
}

Socket.prototype.address = function address() {
  const info = this._handle && this._handle.getsockname();
  if (info === undefined || info === null) return {};
  return typeof info === 'object' ? { ...info } : info;
};

Socket.prototype.connect = function connect(...args) {
  let normalized;
  if (Array.isArray(args[0]) && args[0].length === 2 && typeof args[0][0] === 'object') normalized = args[0];
  else normalized = normalizeArgs(args);
  const [options, cb] = normalized;
  if (this.destroyed) {
    this._readableState.reading = false;
    this._readableState.ended = false;
    this._readableState.endEmitted = false;
    this._writableState.ended = false;
    this._writableState.ending = false;
    this._writableState.finished = false;
    this._writableState.errorEmitted = false;
    this.destroyed = false;
    this._handle = null;
    this._peername = undefined;
    this._hadError = false;
  }
  if (cb !== null) this.once('connect', cb);
  const { path } = options;
  if (path !== undefined && path !== null) {
    errors.validateString(path, 'options.path');
    startConnect(this, { path }, path, undefined);
    return this;
  }
  if (options.port === undefined || options.port === null) {
    if (options.path === undefined) {
      throw errors.makeNodeError(TypeError, 'ERR_MISSING_ARGS', 'The "options" or "port" or "path" argument must be specified');
    }
  }
  const host = options.host === undefined || options.host === null ? 'localhost' : options.host;
  if (typeof host !== 'string') throw errors.invalidArgType('hostname', 'string', host);
  const port = validatePort(options.port);
  let family = options.family === undefined ? 0 : options.family;
  if (family !== 0 && family !== 4 && family !== 6) {
    throw errors.makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
      `The property 'options.family' must be one of: 0, 4, 6. Received ${require('util').inspect(family)}`);
  }
  if (options.localAddress !== undefined && !isIP(options.localAddress)) {
    throw errors.makeNodeError(TypeError, 'ERR_INVALID_IP_ADDRESS', `Invalid IP address: ${options.localAddress}`);
  }
  this._host = host;
  if (options.lookup !== undefined) errors.validateFunction(options.lookup, 'options.lookup');
  let autoSelect = autoSelectFamily;
  if (options.autoSelectFamily !== undefined && options.autoSelectFamily !== null) {
    errors.validateBoolean(options.autoSelectFamily, 'options.autoSelectFamily');
    autoSelect = options.autoSelectFamily;
  }
  let attemptTimeout = autoSelectFamilyAttemptTimeout;
  if (options.autoSelectFamilyAttemptTimeout !== undefined && options.autoSelectFamilyAttemptTimeout !== null) {
    errors.validateInteger(options.autoSelectFamilyAttemptTimeout, 'options.autoSelectFamilyAttemptTimeout', 1);
    attemptTimeout = Math.max(10, options.autoSelectFamilyAttemptTimeout);
  }
  startConnect(this, {
    host, port, family, localAddress: options.localAddress, localPort: options.localPort,
    autoSelectFamily: autoSelect, attemptTimeout,
  }, host, port, options.lookup);
  return this;
};

function startConnect(socket, request, address, port, lookupFn) {
  socket.connecting = true;
  socket._connectStarted = true;
  if (port === undefined || isIP(address)) {
    dial(socket, request, address, port);
    return;
  }
  // As node: a name is looked up first (dns.lookup, or options.lookup),
  // 'lookup' reports the result, then the address is dialled.
  const lookup = lookupFn || require('dns').lookup;
  if (request.family === 0 && request.autoSelectFamily) {
    connectMultiple(socket, lookup, request, address, port);
    return;
  }
  lookup(address, { family: request.family, hints: 0 }, (err, ip, family) => {
    if (socket.destroyed || !socket.connecting) return;
    socket.emit('lookup', err, ip, family, address);
    if (err) {
      socket.connecting = false;
      socket.destroy(err);
      return;
    }
    if (!isIP(ip)) {
      socket.connecting = false;
      socket.destroy(errors.makeNodeError(TypeError, 'ERR_INVALID_IP_ADDRESS', `Invalid IP address: ${ip}`));
      return;
    }
    dial(socket, { ...request, hostname: request.host, host: ip }, ip, port);
  });
}

// connectMultiple is autoSelectFamily: every address of the name is
// reported by 'lookup' and tried in turn, each for at most the attempt
// timeout, until one connects.
function connectMultiple(socket, lookup, request, address, port) {
  lookup(address, { all: true, hints: 0 }, (err, addresses) => {
    if (socket.destroyed || !socket.connecting) return;
    if (err) {
      socket.emit('lookup', err, undefined, undefined, address);
      socket.connecting = false;
      socket.destroy(err);
      return;
    }
    for (const a of addresses) socket.emit('lookup', null, a.address, a.family, address);
    let i = 0;
    const attempt = () => {
      const { address: ip } = addresses[i++];
      const last = i >= addresses.length;
      let timer = null;
      if (!last) timer = setTimeout(() => socket._cancelConnect && socket._cancelConnect(), request.attemptTimeout);
      dial(socket, { ...request, hostname: request.host, host: ip }, ip, port, last ? undefined : () => {
        clearTimeout(timer);
        attempt();
      }, () => clearTimeout(timer));
    };
    attempt();
  });
}

// _dialWith connects the socket through start(request, cb), which calls
// cb as the binding's connect does: tls.connect({socket}) securing a
// connection taken from another socket.
Socket.prototype._dialWith = function (start, address, port) {
  this.connecting = true;
  this._connectStarted = true;
  dial(this, {}, address, port, undefined, undefined, start);
};

function dial(socket, request, address, port, onFail, onDone, start = native.connect) {
  if (socket._tlsRequest) request = { ...request, tls: socket._tlsRequest };
  socket._cancelConnect = start(request, (errno, handle, tlsError) => {
    socket._cancelConnect = null;
    if (socket.destroyed) {
      if (handle) handle.close();
      return;
    }
    if (onDone !== undefined) onDone();
    if (errno instanceof Error) {
      // Refused by the permission policy: no other address is tried.
      socket.connecting = false;
      socket.destroy(errno);
      return;
    }
    if (errno !== 0 && tlsError === undefined && onFail !== undefined) {
      onFail();
      return;
    }
    if (errno !== 0) {
      socket.connecting = false;
      socket.destroy(tlsError !== undefined ? socket._handshakeError(tlsError, address, port)
        : connectError(errno, 'connect', address, port));
      return;
    }
    socket.connecting = false;
    socket._attachConnected(handle);
    socket._unrefTimer();
    // A TLS socket over another socket's connection was connected already.
    if (socket._parent === undefined) {
      socket.emit('connect');
      socket.emit('ready');
    }
    if (socket._onSecure !== undefined && !socket._onSecure(handle.tlsInfo)) return;
    if (socket.readable && !socket.isPaused()) socket.read(0);
    const pending = socket._pendingWrite;
    if (pending !== null) {
      socket._pendingWrite = null;
      socket._write(pending.chunk, pending.encoding, pending.cb);
    }
    if (socket._pendingFinal) {
      const cb = socket._pendingFinal;
      socket._pendingFinal = null;
      socket._final(cb);
    }
  });
}

Socket.prototype._write = function (chunk, encoding, cb) {
  if (this.connecting) {
    this._pendingWrite = { chunk, encoding, cb };
    return;
  }
  if (this._handle === null) {
    return cb(errors.makeNodeError(Error, 'ERR_SOCKET_CLOSED', 'Socket is closed'));
  }
  this._bytesWritten += typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.length;
  this._unrefTimer();
  HandleDuplex.prototype._write.call(this, chunk, encoding, cb);
};

Socket.prototype._final = function (cb) {
  if (this.connecting) {
    this._pendingFinal = cb;
    return;
  }
  // As node: a failed shutdown (the peer is gone) is not an error of the
  // socket's; a failed write already was.
  HandleDuplex.prototype._final.call(this, () => cb());
};

Socket.prototype._read = function (n) {
  this._unrefTimer();
  HandleDuplex.prototype._read.call(this, n);
};

Socket.prototype._destroy = function (err, cb) {
  const wasConnecting = this.connecting;
  this.connecting = false;
  if (this._cancelConnect !== null) {
    this._cancelConnect();
    this._cancelConnect = null;
  }
  this._clearTimer();
  const handle = this._handle;
  const hadError = !!err;
  if (handle !== null) {
    this._handle = null;
    if (this._resetting) handle.resetAndClose(() => this.emit('close', hadError));
    else handle.close(() => this.emit('close', hadError));
    cb(err);
  } else {
    cb(err);
    // Node closes a connecting socket's handle, and 'close' comes in the
    // loop's close phase, after ticks and immediates already queued.
    // A socket that never had one emits 'close' without an argument.
    if (wasConnecting || this._connectStarted) setImmediate(() => this.emit('close', hadError));
    else process.nextTick(() => this.emit('close'));
  }
  if (this._server !== null) {
    const server = this._server;
    this._server = null;
    server._connectionClosed();
  }
};

Socket.prototype.setNoDelay = function (enable) {
  this._noDelay = enable === undefined ? true : !!enable;
  if (this._handle !== null) this._handle.setNoDelay(this._noDelay);
  return this;
};

Socket.prototype.setKeepAlive = function (enable, initialDelay) {
  this._keepAlive = !!enable;
  this._keepAliveDelay = ~~((initialDelay || 0) / 1000);
  if (this._handle !== null) this._handle.setKeepAlive(this._keepAlive, this._keepAliveDelay);
  return this;
};

// setTimeout arms an inactivity timer: 'timeout' once no byte has moved
// for msecs; 0 disarms it.
Socket.prototype.setTimeout = function (msecs, callback) {
  if (typeof msecs !== 'number') throw errors.invalidArgType('msecs', 'number', msecs);
  if (msecs < 0 || !Number.isFinite(msecs)) throw errors.outOfRange('msecs', 'a non-negative finite number', msecs);
  this._clearTimer();
  this._timeoutMs = msecs;
  if (msecs === 0) {
    if (callback !== undefined) this.removeListener('timeout', callback);
  } else {
    this._timeout = setTimeout(() => this.emit('timeout'), msecs);
    this._timeout.unref();
    if (callback !== undefined) {
      errors.validateFunction(callback, 'callback');
      this.once('timeout', callback);
    }
  }
  return this;
};

Object.defineProperty(Socket.prototype, 'timeout', {
  get() { return this._timeoutMs; },
  configurable: true,
});

Socket.prototype._unrefTimer = function () {
  if (this._timeout !== null) this._timeout.refresh();
};

Socket.prototype._clearTimer = function () {
  if (this._timeout !== null) {
    clearTimeout(this._timeout);
    this._timeout = null;
  }
};

Socket.prototype.ref = function () {
  this._refd = true;
  if (this._handle !== null) this._handle.ref();
  return this;
};

Socket.prototype.unref = function () {
  this._refd = false;
  if (this._handle !== null) this._handle.unref();
  return this;
};

Socket.prototype.destroySoon = function () {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

// resetAndDestroy closes with SO_LINGER 0: the peer reads ECONNRESET
// instead of an end.
Socket.prototype.resetAndDestroy = function () {
  if (this.connecting) this.once('connect', () => this._reset());
  else if (this._handle !== null) this._reset();
  else this.destroy(errors.makeNodeError(Error, 'ERR_SOCKET_CLOSED', 'Socket is closed'));
  return this;
};

Socket.prototype._reset = function () {
  this._resetting = true;
  return this.destroy();
};

// ---- module functions ----------------------------------------------------------

Server.prototype._socketFor = function (options) { return new Socket(options); };

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

function connect(...args) {
  const normalized = normalizeArgs(args);
  const [options] = normalized;
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(normalized);
}

// Node 20 tries every address of a name by default.
let autoSelectFamily = true;
let autoSelectFamilyAttemptTimeout = 250;

const { BlockList, SocketAddress } = require('internal/net_socketaddress');

module.exports = {
  BlockList,
  SocketAddress,
  _normalizeArgs: normalizeArgs,
  _validatePort: validatePort,
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  Server,
  Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily() { return autoSelectFamily; },
  setDefaultAutoSelectFamily(value) { errors.validateBoolean(value, 'value'); autoSelectFamily = value; },
  getDefaultAutoSelectFamilyAttemptTimeout() { return autoSelectFamilyAttemptTimeout; },
  setDefaultAutoSelectFamilyAttemptTimeout(value) {
    errors.validateInteger(value, 'value', 1, 2 ** 31 - 1);
    autoSelectFamilyAttemptTimeout = value < 10 ? 10 : value;
  },
};
