'use strict';
// net.Server: a Go listener (TCP or Unix socket) that hands each accepted
// connection to the loop, where it becomes a Socket.
const EventEmitter = require('events');
const errors = require('internal/errors');
const native = internalBinding('net');
const {
  isIP, connectError, listenError, badPort, isLegalPort, isPipeName, normalizeArgs,
} = require('internal/net_util');

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
  } else if (options === undefined || options === null) {
    options = {};
  } else if (typeof options !== 'object') {
    throw errors.invalidArgType('options', 'Object', options);
  }
  if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  this._handle = null;
  this._connections = 0;
  this._refd = true;
  this.allowHalfOpen = !!options.allowHalfOpen;
  this.pauseOnConnect = !!options.pauseOnConnect;
  this.noDelay = !!options.noDelay;
  this.keepAlive = !!options.keepAlive;
  this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
  this.maxConnections = undefined;
  this._closing = false;
  this._usingWorkers = false;
  this._workers = [];
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

Object.defineProperty(Server.prototype, 'listening', {
  get() { return this._handle !== null; },
  configurable: true,
  enumerable: true,
});

// isListenHandle: a listening handle of this binding (a server's _handle,
// or one received from another process), which listen(handle) adopts.
function isListenHandle(h) {
  return h !== null && typeof h === 'object' && typeof h.dupFd === 'function' && typeof h.start === 'function';
}

Server.prototype.listen = function listen(...args) {
  const first = args[0];
  if (first !== null && typeof first === 'object' && (isListenHandle(first) || isListenHandle(first._handle))) {
    // listen(handle[, backlog][, callback]): serve a handle that already
    // listens, as node does for one received over an IPC channel.
    const cb = typeof args[args.length - 1] === 'function' ? args[args.length - 1] : null;
    if (this._handle !== null) {
      throw errors.makeNodeError(Error, 'ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.');
    }
    if (cb !== null) this.once('listening', cb);
    attachListener(this, isListenHandle(first) ? first : first._handle);
    return this;
  }
  const [options, cb] = normalizeArgs(args);
  if (args.length === 0 || typeof args[0] === 'function') options.port = 0;
  if (cb !== null) this.once('listening', cb);
  if (this._handle !== null) {
    throw errors.makeNodeError(Error, 'ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.');
  }
  let request;
  let address;
  let port;
  if (typeof options.path === 'string' && isPipeName(options.path) && options.port === undefined) {
    request = { path: options.path };
    address = options.path;
    port = -1;
  } else if (options.port !== undefined || args.length === 0 || typeof args[0] === 'function' ||
    (typeof args[0] === 'object' && args[0] !== null && 'host' in args[0]) || args[0] === null || args[0] === undefined) {
    if (options.port !== undefined && options.port !== null && !isLegalPort(options.port)) throw badPort(options.port, 'options.port');
    port = options.port === undefined || options.port === null ? 0 : +options.port;
    const host = options.host === undefined || options.host === null ? '' : options.host;
    request = { host, port };
    address = host === '' ? '::' : host;
  } else {
    if (!('port' in options) && !('path' in options)) {
      throw errors.invalidArgValue('options', options, 'must have the property "port" or "path"');
    }
    throw errors.invalidArgValue('options', options);
  }
  if (options.ipv6Only === true && request.path === undefined) request.ipv6Only = true;
  if (options.signal !== undefined) {
    errors.validateAbortSignal(options.signal, 'options.signal');
    if (options.signal.aborted) {
      process.nextTick(() => this.close());
      return this;
    }
    options.signal.addEventListener('abort', () => this.close(), { once: true });
  }
  if (request.host && !isIP(request.host)) {
    // As node: a host name is looked up first, off the loop, and the
    // server binds the address found.
    require('dns').lookup(request.host, (err, ip) => {
      if (err) {
        this.emit('error', err);
        return;
      }
      request.host = ip;
      listenOn(this, request, ip, port, options);
    });
    return this;
  }
  listenOn(this, request, address, port, options);
  return this;
};

// clusterListen, set in a cluster worker (require('cluster')), asks the
// primary for the listening handle instead of binding one here, as node's
// listenInCluster; options.exclusive keeps the listen local.
let clusterListen = null;
function setClusterListen(fn) { clusterListen = fn; }
function getClusterListen() { return clusterListen; }

function listenOn(server, request, address, port, options) {
  if (clusterListen !== null && !options.exclusive) {
    // A TLS server's connections come plain from the primary and are
    // secured here, as node's.
    const query = { port, addressType: request.path !== undefined ? -1 : (request.host ? isIP(request.host) : 4) };
    query.address = request.path !== undefined ? request.path : (request.host || null);
    if (options.backlog !== undefined) query.backlog = options.backlog;
    if (request.ipv6Only) query.ipv6Only = true;
    if (options.readableAll) query.readableAll = true;
    if (options.writableAll) query.writableAll = true;
    clusterListen(server, query, (errno, handle) => {
      if (errno) {
        server.emit('error', connectError(errno, 'bind', query.address, port));
        return;
      }
      attachListener(server, handle);
    });
    return;
  }
  const handle = native.listen(request);
  if (handle instanceof Error) {
    process.nextTick(() => server.emit('error', handle));
    return;
  }
  if (typeof handle === 'number') {
    process.nextTick(() => server.emit('error', listenError(handle, address, port)));
    return;
  }
  attachListener(server, handle);
}

function attachListener(server, handle) {
  server._handle = handle;
  handle.onconnection = (errno, clientHandle) => onconnection(server, errno, clientHandle);
  handle.start(server._refd);
  process.nextTick(() => {
    if (server._handle === handle) server.emit('listening');
  });
}

function onconnection(server, errno, clientHandle) {
  if (errno !== 0) {
    server.emit('error', connectError(errno, 'accept'));
    return;
  }
  if (server.maxConnections !== undefined && server._connections >= server.maxConnections) {
    // As node: the connection is closed at once and reported as 'drop'.
    const local = clientHandle.getsockname() || {};
    const remote = clientHandle.getpeername() || {};
    clientHandle.close();
    server.emit('drop', {
      localAddress: local.address, localPort: local.port, localFamily: local.family,
      remoteAddress: remote.address, remotePort: remote.port, remoteFamily: remote.family,
    });
    return;
  }
  const options = {
    handle: clientHandle,
    allowHalfOpen: server.allowHalfOpen,
    noDelay: server.noDelay,
    keepAlive: server.keepAlive,
    keepAliveInitialDelay: server.keepAliveInitialDelay * 1000,
    pauseOnCreate: server.pauseOnConnect,
  };
  const socket = server._socketFor(options);
  socket.server = server;
  socket._server = server;
  server._connections++;
  server.emit('connection', socket);
}

// _socketFor (set by net, which owns Socket) is what a TLS server
// replaces.

Server.prototype._connectionClosed = function () {
  this._connections--;
  this._emitCloseIfDrained();
};

Server.prototype._emitCloseIfDrained = function () {
  if (this._handle !== null || this._connections > 0 || !this._closing) return;
  this._closing = false;
  process.nextTick(() => this.emit('close'));
};

Server.prototype.address = function () {
  if (this._handle === null) return null;
  const info = this._handle.getsockname();
  return typeof info === 'object' && info !== null ? { ...info } : info;
};

Server.prototype.close = function close(cb) {
  if (typeof cb === 'function') {
    if (this._handle === null) {
      this.once('close', function close() {
        cb(errors.makeNodeError(Error, 'ERR_SERVER_NOT_RUNNING', 'Server is not running.'));
      });
    } else {
      this.once('close', cb);
    }
  }
  if (this._handle !== null) {
    this._handle.close();
    this._handle = null;
  }
  this._closing = true;
  if (this._usingWorkers) {
    // Sockets sent to other processes count until those say they are
    // closed (or their channel is); the extra count keeps 'close' to one
    // emission however the answers come.
    let left = this._workers.length;
    const onWorkerClose = () => {
      if (--left !== 0) return;
      this._connections = 0;
      this._emitCloseIfDrained();
    };
    this._connections++;
    for (const w of this._workers.slice()) w.close(onWorkerClose);
    if (left === 0) {
      this._connections--;
      this._emitCloseIfDrained();
    }
  } else {
    this._emitCloseIfDrained();
  }
  return this;
};

// _setupWorker makes the server count the sockets it sent over a channel
// (a list of them, which the ipc module keeps) as its own.
Server.prototype._setupWorker = function (socketList) {
  this._usingWorkers = true;
  this._workers.push(socketList);
  socketList.once('exit', (list) => {
    const i = this._workers.indexOf(list);
    if (i >= 0) this._workers.splice(i, 1);
  });
};

Server.prototype[Symbol.asyncDispose] = async function () {
  if (this._handle === null) return undefined;
  return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
};

Server.prototype.getConnections = function (cb) {
  if (!this._usingWorkers || this._workers.length === 0) {
    process.nextTick(cb, null, this._connections);
    return this;
  }
  // The sockets sent to other processes are counted there.
  let left = this._workers.length;
  let total = this._connections;
  const oncount = (err, count) => {
    if (left < 0) return;
    if (err) {
      left = -1;
      process.nextTick(cb, err);
      return;
    }
    total += count;
    if (--left === 0) process.nextTick(cb, null, total);
  };
  for (const w of this._workers.slice()) w.getConnections(oncount);
  return this;
};

Server.prototype.ref = function () {
  this._refd = true;
  if (this._handle !== null) this._handle.ref();
  return this;
};

Server.prototype.unref = function () {
  this._refd = false;
  if (this._handle !== null) this._handle.unref();
  return this;
};

// adoptSocketHandle and adoptServerHandle make handles of descriptors
// received from another process (child_process's IPC channel): a
// connected socket's and a listening socket's. A negative errno when the
// descriptor is not of that kind.
function adoptSocketHandle(fd) { return native.adoptSocket(fd); }
function adoptServerHandle(fd) { return native.adoptServer(fd); }
// adoptNativeHandle is either, as the descriptor is: a native handle sent
// as it is.
function adoptNativeHandle(fd) { return native.adoptNative(fd); }
// isNativeHandle reports whether h is a socket's or a server's native
// handle, which child_process can send as node's TCP and Pipe wraps.
function isNativeHandle(h) { return native.isNativeHandle(h); }

// createServerHandle binds a listener for another process (a cluster
// primary's shared handle) without serving it here: a handle, or a
// negative errno (EACCES when the permission model refuses the listen).
function createServerHandle(request) {
  const handle = native.listen(request);
  return handle instanceof Error ? -13 : handle;
}

module.exports = {
  Server, adoptSocketHandle, adoptServerHandle, adoptNativeHandle, isNativeHandle, createServerHandle, setClusterListen, getClusterListen,
};
