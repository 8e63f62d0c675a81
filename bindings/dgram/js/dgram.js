'use strict';
// Node's dgram module: UDP sockets. A Socket is an EventEmitter over a Go
// handle (bindings/dgram): bind makes the descriptor, datagrams arrive as
// onmessage calls on the loop, sends are tried at once and complete later
// only when the kernel could not take them.
const EventEmitter = require('events');
const { Buffer } = require('buffer');
const errors = require('internal/errors');
const util = require('util');
const native = internalBinding('dgram');

let udpSocketChannel;
function socketChannel() {
  if (udpSocketChannel === undefined) udpSocketChannel = require('diagnostics_channel').channel('udp.socket');
  return udpSocketChannel;
}

const { makeNodeError, describeReceived } = errors;

const BIND_STATE_UNBOUND = 0;
const BIND_STATE_BINDING = 1;
const BIND_STATE_BOUND = 2;

const CONNECT_STATE_DISCONNECTED = 0;
const CONNECT_STATE_CONNECTING = 1;
const CONNECT_STATE_CONNECTED = 2;

const RECV_BUFFER = true;
const SEND_BUFFER = false;

const { kState } = require('internal/dgram');
// kImplicit marks the bind a first send or connect makes (not a listen
// the embedder's policy is asked about).
const kImplicit = Symbol('kImplicit');

// ---- errors ---------------------------------------------------------------------

const errnoException = util._errnoException;
const exceptionWithHostPort = util._exceptionWithHostPort;

function codeError(Base, code, message) {
  return makeNodeError(Base, code, message);
}

function badPort(port, name) {
  return codeError(RangeError, 'ERR_SOCKET_BAD_PORT',
    `${name} should be > 0 and < 65536.${describeReceived(port)}.`);
}

// validatePort is node's, with port 0 refused: it returns the port as a
// number.
function validatePort(port, name) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) || port > 0xFFFF || port === 0) {
    throw badPort(port, name);
  }
  return port | 0;
}

const bufferTypes = ['Buffer', 'TypedArray', 'DataView', 'string'];

class SystemError extends Error {}
Object.defineProperty(SystemError.prototype, 'name', { value: 'SystemError', writable: true, configurable: true, enumerable: false });

// bufferSizeError is node's ERR_SOCKET_BUFFER_SIZE, a SystemError.
function bufferSizeError(errno, syscall) {
  const [code, message] = util.getSystemErrorMap().get(errno) || [`Unknown system error ${errno}`, 'unknown error'];
  const info = { errno, code, message, syscall };
  const msg = `Could not get or set buffer size: ${syscall} returned ${code} (${message})`;
  const e = new SystemError(msg);
  const nl = e.stack.indexOf('\n');
  Object.defineProperty(e, 'stack', {
    value: 'SystemError [ERR_SOCKET_BUFFER_SIZE]: ' + msg + (nl < 0 ? '' : e.stack.slice(nl)),
    writable: true, configurable: true, enumerable: false,
  });
  e.code = 'ERR_SOCKET_BUFFER_SIZE';
  Object.defineProperty(e, 'info', { value: info, enumerable: true, configurable: true, writable: false });
  for (const k of ['errno', 'syscall']) {
    Object.defineProperty(e, k, {
      get() { return info[k]; },
      set(v) { info[k] = v; },
      enumerable: true, configurable: true,
    });
  }
  Object.defineProperty(e, 'toString', {
    value() { return 'SystemError [ERR_SOCKET_BUFFER_SIZE]: ' + this.message; },
    writable: true, configurable: true, enumerable: false,
  });
  return e;
}

// ---- handles --------------------------------------------------------------------

let dns;
function defaultLookup(...args) {
  if (dns === undefined) dns = require('dns');
  return dns.lookup(...args);
}

// newHandle makes the Go handle of a socket type, with the lookup its
// addresses go through (the default address is the loopback one).
function newHandle(type, lookup) {
  if (lookup === undefined) lookup = defaultLookup;
  else errors.validateFunction(lookup, 'lookup');
  let family;
  if (type === 'udp4') family = 4;
  else if (type === 'udp6') family = 6;
  else {
    throw codeError(TypeError, 'ERR_SOCKET_BAD_TYPE', 'Bad socket type specified. Valid types are: udp4, udp6');
  }
  const handle = native.create(family === 6);
  const loopback = family === 4 ? '127.0.0.1' : '::1';
  if (lookup !== defaultLookup) {
    handle.lookup = (address, callback) => lookup(address || loopback, family, callback);
    return handle;
  }
  // dns.lookup answers an IP address with itself in a later tick: the
  // last one seen (a server answering the same peer) is answered so
  // without going through it again.
  let lastIP;
  let lastFamily;
  handle.lookup = (address, callback) => {
    address = address || loopback;
    if (address === lastIP) {
      process.nextTick(callback, null, lastIP, lastFamily);
      return;
    }
    lookup(address, family, (err, ip, fam) => {
      if (!err && ip === address) {
        lastIP = ip;
        lastFamily = fam;
      }
      callback(err, ip, fam);
    });
  };
  return handle;
}

// ---- Socket ---------------------------------------------------------------------

function Socket(type, listener) {
  EventEmitter.call(this);
  let lookup;
  let recvBufferSize;
  let sendBufferSize;
  let options;
  if (type !== null && typeof type === 'object') {
    options = type;
    type = options.type;
    lookup = options.lookup;
    recvBufferSize = options.recvBufferSize;
    sendBufferSize = options.sendBufferSize;
    if (recvBufferSize !== undefined) errors.validateInteger(recvBufferSize, 'options.recvBufferSize', 0, 4294967295);
    if (sendBufferSize !== undefined) errors.validateInteger(sendBufferSize, 'options.sendBufferSize', 0, 4294967295);
  }
  const handle = newHandle(type, lookup);
  this.type = type;
  if (typeof listener === 'function') this.on('message', listener);
  this[kState] = {
    handle,
    receiving: false,
    bindState: BIND_STATE_UNBOUND,
    connectState: CONNECT_STATE_DISCONNECTED,
    queue: undefined,
    reuseAddr: options && options.reuseAddr,
    ipv6Only: options && options.ipv6Only,
    recvBufferSize,
    sendBufferSize,
  };
  if (options && options.signal !== undefined) {
    const { signal } = options;
    errors.validateAbortSignal(signal, 'options.signal');
    const onAborted = () => {
      if (this[kState].handle) this.close();
    };
    if (signal.aborted) {
      onAborted();
    } else {
      const disposable = EventEmitter.addAbortListener(signal, onAborted);
      this.once('close', disposable[Symbol.dispose]);
    }
  }
  const channel = socketChannel();
  if (channel.hasSubscribers) channel.publish({ socket: this });
}
Object.setPrototypeOf(Socket.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Socket, EventEmitter);

function createSocket(type, listener) {
  return new Socket(type, listener);
}

function healthCheck(socket) {
  if (!socket[kState].handle) {
    throw codeError(Error, 'ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running');
  }
}

function startListening(socket) {
  const state = socket[kState];
  state.handle.onmessage = (nread, buf, address, family, port) => onMessage(socket, nread, buf, address, family, port);
  state.handle.recvStart();
  state.receiving = true;
  state.bindState = BIND_STATE_BOUND;
  if (state.recvBufferSize) bufferSize(socket, state.recvBufferSize, RECV_BUFFER);
  if (state.sendBufferSize) bufferSize(socket, state.sendBufferSize, SEND_BUFFER);
  socket.emit('listening');
}

function onMessage(socket, nread, buf, address, family, port) {
  if (nread < 0) {
    socket.emit('error', errnoException(nread, 'recvmsg'));
    return;
  }
  socket.emit('message', buf, { address, family, port, size: buf.length });
}

function bufferSize(socket, size, recv) {
  if (size >>> 0 !== size) {
    throw codeError(TypeError, 'ERR_SOCKET_BAD_BUFFER_SIZE', 'Buffer size must be a positive integer');
  }
  const handle = socket[kState].handle;
  const res = handle ? handle.bufferSize(size, recv) : [-9];
  if (res[0] !== 0) {
    throw bufferSizeError(res[0], recv ? 'uv_recv_buffer_size' : 'uv_send_buffer_size');
  }
  return res[1];
}

Socket.prototype.bind = function bind(port_, address_ /* , callback */) {
  let port = port_;
  healthCheck(this);
  const state = this[kState];
  if (state.bindState !== BIND_STATE_UNBOUND) {
    throw codeError(Error, 'ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound');
  }
  state.bindState = BIND_STATE_BINDING;

  const cb = arguments.length && arguments[arguments.length - 1];
  if (typeof cb === 'function') {
    function removeListeners() {
      this.removeListener('error', removeListeners);
      this.removeListener('listening', onListening);
    }
    function onListening() {
      removeListeners.call(this);
      cb.call(this);
    }
    this.on('error', removeListeners);
    this.on('listening', onListening);
  }

  if (port !== null && typeof port === 'object' && typeof port.recvStart === 'function') {
    // A handle received from another process (child_process's send).
    replaceHandle(this, port);
    startListening(this);
    return this;
  }

  let address;
  let implicit = false;
  if (port !== null && typeof port === 'object') {
    if (Number.isInteger(port.fd) && port.fd > 0 && port.fd <= 0x7fffffff) {
      // An existing UDP socket's descriptor.
      const type = native.guessHandleType(port.fd);
      if (type !== 'UDP') throw codeError(TypeError, 'ERR_INVALID_FD_TYPE', `Unsupported fd type: ${type}`);
      const err = state.handle.open(port.fd);
      if (err) throw errnoException(err, 'open');
      startListening(this);
      return this;
    }
    address = port.address || '';
    implicit = port[kImplicit] === true;
    port = port.port;
  } else {
    address = typeof address_ === 'function' ? '' : address_;
  }
  if (!address) address = this.type === 'udp4' ? '0.0.0.0' : '::';

  state.handle.lookup(address, (err, ip) => {
    if (err) {
      state.bindState = BIND_STATE_UNBOUND;
      this.emit('error', err);
      return;
    }
    if (!state.handle) return; // closed meanwhile
    const res = state.handle.bind(ip, (port >>> 0) & 0xffff, !!state.reuseAddr, !!state.ipv6Only, !implicit);
    if (res !== 0) {
      const ex = typeof res === 'object' ? res : exceptionWithHostPort(res, 'bind', ip, port);
      state.bindState = BIND_STATE_UNBOUND;
      this.emit('error', ex);
      return;
    }
    startListening(this);
  });
  return this;
};

function replaceHandle(self, handle) {
  const state = self[kState];
  const old = state.handle;
  if (!old.hasRef()) handle.unref();
  handle.lookup = old.lookup;
  old.close();
  state.handle = handle;
}

function implicitBind(socket) {
  socket.bind({ port: 0, exclusive: true, [kImplicit]: true }, null);
}

Socket.prototype.connect = function connect(port, address, callback) {
  port = validatePort(port, 'Port');
  if (typeof address === 'function') {
    callback = address;
    address = '';
  } else if (address === undefined) {
    address = '';
  }
  errors.validateString(address, 'address');
  const state = this[kState];
  if (state.connectState !== CONNECT_STATE_DISCONNECTED) {
    throw codeError(Error, 'ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected');
  }
  state.connectState = CONNECT_STATE_CONNECTING;
  if (state.bindState === BIND_STATE_UNBOUND) implicitBind(this);
  if (state.bindState !== BIND_STATE_BOUND) {
    enqueue(this, doConnectAfterBind.bind(this, port, address, callback));
    return;
  }
  doConnectAfterBind.call(this, port, address, callback);
};

function doConnectAfterBind(port, address, callback) {
  const state = this[kState];
  if (callback) this.once('connect', callback);
  state.handle.lookup(address, (ex, ip) => doConnect(ex, this, ip, address, port, callback));
}

function doConnect(ex, self, ip, address, port, callback) {
  const state = self[kState];
  if (!state.handle) return;
  if (!ex) {
    const res = state.handle.connect(ip, address, port);
    if (res !== 0) ex = typeof res === 'object' ? res : exceptionWithHostPort(res, 'connect', address, port);
  }
  if (ex) {
    state.connectState = CONNECT_STATE_DISCONNECTED;
    process.nextTick(() => {
      if (callback) {
        self.removeListener('connect', callback);
        callback(ex);
      } else {
        self.emit('error', ex);
      }
    });
    return;
  }
  state.connectState = CONNECT_STATE_CONNECTED;
  process.nextTick(() => self.emit('connect'));
}

Socket.prototype.disconnect = function disconnect() {
  const state = this[kState];
  if (state.connectState !== CONNECT_STATE_CONNECTED) {
    throw codeError(Error, 'ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected');
  }
  const err = state.handle.disconnect();
  if (err) throw errnoException(err, 'connect');
  state.connectState = CONNECT_STATE_DISCONNECTED;
};

Socket.prototype.sendto = function sendto(buffer, offset, length, port, address, callback) {
  errors.validateNumber(offset, 'offset');
  errors.validateNumber(length, 'length');
  errors.validateNumber(port, 'port');
  errors.validateString(address, 'address');
  this.send(buffer, offset, length, port, address, callback);
};

function sliceBuffer(buffer, offset, length) {
  if (typeof buffer === 'string') {
    buffer = Buffer.from(buffer);
  } else if (!ArrayBuffer.isView(buffer)) {
    throw errors.invalidArgType('buffer', bufferTypes, buffer);
  }
  offset = offset >>> 0;
  length = length >>> 0;
  if (offset > buffer.byteLength) {
    throw codeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"offset" is outside of buffer bounds');
  }
  if (offset + length > buffer.byteLength) {
    throw codeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"length" is outside of buffer bounds');
  }
  return Buffer.from(buffer.buffer, buffer.byteOffset + offset, length);
}

function fixBufferList(list) {
  const out = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (typeof buf === 'string') out[i] = Buffer.from(buf);
    else if (!ArrayBuffer.isView(buf)) return null;
    else out[i] = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  }
  return out;
}

// enqueue holds work (sends, a connect, a close) until the bind under way
// is done; a failed bind drops it.
function enqueue(self, fn) {
  const state = self[kState];
  if (state.queue === undefined) {
    state.queue = [];
    self.once(EventEmitter.errorMonitor, onListenError);
    self.once('listening', onListenSuccess);
  }
  state.queue.push(fn);
}

function onListenSuccess() {
  this.removeListener(EventEmitter.errorMonitor, onListenError);
  const state = this[kState];
  const queue = state.queue;
  state.queue = undefined;
  for (const fn of queue) fn();
}

function onListenError() {
  this.removeListener('listening', onListenSuccess);
  this[kState].queue = undefined;
}

Socket.prototype.send = function send(buffer, offset, length, port, address, callback) {
  let list;
  const state = this[kState];
  const connected = state.connectState === CONNECT_STATE_CONNECTED;
  if (!connected) {
    if (address || (port && typeof port !== 'function')) {
      buffer = sliceBuffer(buffer, offset, length);
    } else {
      callback = port;
      port = offset;
      address = length;
    }
  } else {
    if (typeof length === 'number') {
      buffer = sliceBuffer(buffer, offset, length);
      if (typeof port === 'function') {
        callback = port;
        port = null;
      }
    } else {
      callback = offset;
    }
    if (port || address) {
      throw codeError(Error, 'ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected');
    }
  }

  if (!Array.isArray(buffer)) {
    if (typeof buffer === 'string') list = [Buffer.from(buffer)];
    else if (!ArrayBuffer.isView(buffer)) throw errors.invalidArgType('buffer', bufferTypes, buffer);
    else list = [buffer];
  } else if (!(list = fixBufferList(buffer))) {
    throw errors.invalidArgType('buffer list arguments', bufferTypes, buffer);
  }

  if (!connected) port = validatePort(port, 'Port');
  if (typeof callback !== 'function') callback = undefined;
  if (typeof address === 'function') {
    callback = address;
    address = undefined;
  } else if (address != null) {
    errors.validateString(address, 'address');
  }

  healthCheck(this);
  if (state.bindState === BIND_STATE_UNBOUND) implicitBind(this);
  if (list.length === 0) list.push(Buffer.alloc(0));
  if (state.bindState !== BIND_STATE_BOUND) {
    enqueue(this, this.send.bind(this, list, port, address, callback));
    return;
  }
  if (!connected) {
    state.handle.lookup(address, (ex, ip) => doSend(ex, this, ip, list, address, port, callback));
  } else {
    doSend(null, this, null, list, address, port, callback);
  }
};

function doSend(ex, self, ip, list, address, port, callback) {
  const state = self[kState];
  if (ex) {
    if (typeof callback === 'function') process.nextTick(callback, ex);
    else process.nextTick(() => self.emit('error', ex));
    return;
  }
  if (!state.handle) return;
  const oncomplete = callback === undefined ? undefined : (err, sent) => {
    callback(err ? exceptionWithHostPort(err, 'send', address, port) : null, sent);
  };
  const res = state.handle.send(list, port || 0, ip, address, oncomplete);
  if (typeof res === 'object') {
    // The embedder's policy refused the destination.
    if (callback) process.nextTick(callback, res);
    else process.nextTick(() => self.emit('error', res));
    return;
  }
  if (res >= 1) {
    // Sent at once; the result is the datagram's size + 1.
    if (callback) process.nextTick(callback, null, res - 1);
    return;
  }
  if (res && callback) process.nextTick(callback, exceptionWithHostPort(res, 'send', address, port));
}

Socket.prototype.close = function close(callback) {
  const state = this[kState];
  const queue = state.queue;
  if (typeof callback === 'function') this.on('close', callback);
  if (queue !== undefined) {
    queue.push(this.close.bind(this));
    return this;
  }
  healthCheck(this);
  stopReceiving(this);
  state.handle.close();
  state.handle = null;
  process.nextTick(socketCloseNT, this);
  return this;
};

Socket.prototype[Symbol.asyncDispose] = async function () {
  if (!this[kState].handle) return;
  return util.promisify(this.close).call(this);
};

function socketCloseNT(self) {
  self.emit('close');
}

function stopReceiving(socket) {
  const state = socket[kState];
  if (!state.receiving) return;
  state.handle.recvStop();
  state.receiving = false;
}

function sockaddr(res, syscall) {
  if (typeof res === 'number') throw errnoException(res, syscall);
  return res;
}

Socket.prototype.address = function address() {
  healthCheck(this);
  return sockaddr(this[kState].handle.getsockname(), 'getsockname');
};

Socket.prototype.remoteAddress = function remoteAddress() {
  healthCheck(this);
  const state = this[kState];
  if (state.connectState !== CONNECT_STATE_CONNECTED) {
    throw codeError(Error, 'ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected');
  }
  return sockaddr(state.handle.getpeername(), 'getpeername');
};

function check(err, syscall) {
  if (err) throw errnoException(err, syscall);
}

Socket.prototype.setBroadcast = function setBroadcast(arg) {
  check(this[kState].handle.setBroadcast(!!arg), 'setBroadcast');
};

Socket.prototype.setTTL = function setTTL(ttl) {
  errors.validateNumber(ttl, 'ttl');
  check(this[kState].handle.setTTL(ttl), 'setTTL');
  return ttl;
};

Socket.prototype.setMulticastTTL = function setMulticastTTL(ttl) {
  errors.validateNumber(ttl, 'ttl');
  check(this[kState].handle.setMulticastTTL(ttl), 'setMulticastTTL');
  return ttl;
};

Socket.prototype.setMulticastLoopback = function setMulticastLoopback(arg) {
  check(this[kState].handle.setMulticastLoopback(!!arg), 'setMulticastLoopback');
  return arg;
};

Socket.prototype.setMulticastInterface = function setMulticastInterface(interfaceAddress) {
  healthCheck(this);
  errors.validateString(interfaceAddress, 'interfaceAddress');
  check(this[kState].handle.setMulticastInterface(interfaceAddress), 'setMulticastInterface');
};

function missingArgs(name) {
  return codeError(TypeError, 'ERR_MISSING_ARGS', `The "${name}" argument must be specified`);
}

function optionalString(v) {
  return v === undefined || v === null ? '' : String(v);
}

Socket.prototype.addMembership = function addMembership(multicastAddress, interfaceAddress) {
  healthCheck(this);
  if (!multicastAddress) throw missingArgs('multicastAddress');
  check(this[kState].handle.membership(String(multicastAddress), optionalString(interfaceAddress), true), 'addMembership');
};

Socket.prototype.dropMembership = function dropMembership(multicastAddress, interfaceAddress) {
  healthCheck(this);
  if (!multicastAddress) throw missingArgs('multicastAddress');
  check(this[kState].handle.membership(String(multicastAddress), optionalString(interfaceAddress), false), 'dropMembership');
};

Socket.prototype.addSourceSpecificMembership = function addSourceSpecificMembership(sourceAddress, groupAddress, interfaceAddress) {
  healthCheck(this);
  errors.validateString(sourceAddress, 'sourceAddress');
  errors.validateString(groupAddress, 'groupAddress');
  check(this[kState].handle.sourceMembership(sourceAddress, groupAddress, optionalString(interfaceAddress), true),
    'addSourceSpecificMembership');
};

Socket.prototype.dropSourceSpecificMembership = function dropSourceSpecificMembership(sourceAddress, groupAddress, interfaceAddress) {
  healthCheck(this);
  errors.validateString(sourceAddress, 'sourceAddress');
  errors.validateString(groupAddress, 'groupAddress');
  check(this[kState].handle.sourceMembership(sourceAddress, groupAddress, optionalString(interfaceAddress), false),
    'dropSourceSpecificMembership');
};

Socket.prototype.ref = function ref() {
  const handle = this[kState].handle;
  if (handle) handle.ref();
  return this;
};

Socket.prototype.unref = function unref() {
  const handle = this[kState].handle;
  if (handle) handle.unref();
  return this;
};

Socket.prototype.setRecvBufferSize = function setRecvBufferSize(size) {
  bufferSize(this, size, RECV_BUFFER);
};

Socket.prototype.setSendBufferSize = function setSendBufferSize(size) {
  bufferSize(this, size, SEND_BUFFER);
};

Socket.prototype.getRecvBufferSize = function getRecvBufferSize() {
  return bufferSize(this, 0, RECV_BUFFER);
};

Socket.prototype.getSendBufferSize = function getSendBufferSize() {
  return bufferSize(this, 0, SEND_BUFFER);
};

Socket.prototype.getSendQueueSize = function getSendQueueSize() {
  return this[kState].handle.getSendQueueSize();
};

Socket.prototype.getSendQueueCount = function getSendQueueCount() {
  return this[kState].handle.getSendQueueCount();
};

// The private state node still exposes, deprecated (DEP0112).
for (const [name, key] of [['_handle', 'handle'], ['_receiving', 'receiving'], ['_bindState', 'bindState'],
  ['_queue', 'queue'], ['_reuseAddr', 'reuseAddr']]) {
  const msg = `Socket.prototype.${name} is deprecated`;
  Object.defineProperty(Socket.prototype, name, {
    get: util.deprecate(function () { return this[kState][key]; }, msg, 'DEP0112'),
    set: util.deprecate(function (v) { this[kState][key] = v; }, msg, 'DEP0112'),
    configurable: true,
  });
}

Socket.prototype._healthCheck = util.deprecate(function () {
  healthCheck(this);
}, 'Socket.prototype._healthCheck() is deprecated', 'DEP0112');

Socket.prototype._stopReceiving = util.deprecate(function () {
  stopReceiving(this);
}, 'Socket.prototype._stopReceiving() is deprecated', 'DEP0112');

module.exports = { createSocket, Socket };
