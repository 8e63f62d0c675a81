'use strict';
// Handles sent over an IPC channel (send(message, handle)), as node's
// handleConversion: how a net.Socket, net.Server or dgram.Socket becomes a descriptor
// to send, and how a received descriptor becomes one again. The
// descriptor travels with a NODE_HANDLE message (SCM_RIGHTS); the
// receiver answers NODE_HANDLE_ACK, or NODE_HANDLE_NACK when no descriptor
// came with it. Handles are those of the net module (bindings/network)
// and dgram's (bindings/dgram): dupFd() gives a duplicate of a handle's
// descriptor to send.

const { makeNodeError } = require('internal/errors');

function invalidHandleType() {
  return makeNodeError(TypeError, 'ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent');
}

// typeOf returns node's name for the kind of handle, or throws
// ERR_INVALID_HANDLE_TYPE for anything that cannot be sent.
function typeOf(handle) {
  let net;
  try {
    net = require('net');
  } catch (e) {
    throw invalidHandleType();
  }
  if (handle instanceof net.Socket) return 'net.Socket';
  if (handle instanceof net.Server) return 'net.Server';
  if (isNative(handle)) return 'net.Native';
  let dgram;
  try {
    dgram = require('dgram');
  } catch (e) {
    throw invalidHandleType();
  }
  if (handle instanceof dgram.Socket) return 'dgram.Socket';
  throw invalidHandleType();
}

// isNative reports whether handle is a native handle of the net module (a
// socket's or a server's _handle), node's TCP and Pipe wraps.
function isNative(handle) {
  let netServer;
  try {
    netServer = require('internal/net_server');
  } catch (e) {
    return false;
  }
  return typeof netServer.isNativeHandle === 'function' && netServer.isNativeHandle(handle);
}

const conversion = {
  'net.Socket': {
    // send returns the native handle whose descriptor goes, or undefined
    // when the socket has none (closed, or never connected): the message
    // then goes without a handle, as in node. Unless keepOpen is set, the
    // socket gives its handle up: the sender closes it at once, so that it
    // reads nothing meant for the receiver, and keeps the duplicate it
    // sends until the receiver acknowledges it.
    send(message, socket, options, target) {
      const handle = socket._handle;
      if (!handle || typeof handle.dupFd !== 'function') return undefined;
      if (socket.server) {
        // A socket its server accepted: the server goes on counting it,
        // through the receiver (getConnections), and waits for it to close
        // (close).
        const server = socket.server;
        message.key = connectionKey(server);
        if (target !== undefined && typeof server._setupWorker === 'function') {
          const { list, first } = sentList(target, message.key);
          if (first) server._setupWorker(list);
        }
        if (!options.keepOpen) server._connections--;
      }
      if (!options.keepOpen) {
        socket._handle = null;
        socket.setTimeout(0);
      }
      return handle;
    },
    // keeps reports whether the sent descriptor is held until the ACK.
    keeps(options) { return !options.keepOpen; },
    got(message, handle, emit, target) {
      const { Socket } = require('net');
      const socket = new Socket({ handle, readable: true, writable: true });
      // A socket its sender's server accepted: the sender asks about it
      // (NODE_SOCKET_*) when that server closes or counts connections.
      if (message.key) receivedList(target, message.key).add(socket);
      emit(socket);
    },
  },
  // A native handle goes as it is: the sender keeps its own, and the
  // receiver gets a native handle of the same kind.
  'net.Native': {
    send(message, handle) { return handle; },
    keeps() { return false; },
    got(message, handle, emit) { emit(handle); },
  },
  'net.Server': {
    send(message, server) {
      const handle = server._handle;
      return handle && typeof handle.dupFd === 'function' ? handle : undefined;
    },
    keeps() { return false; },
    got(message, handle, emit) {
      const { Server } = require('net');
      const server = new Server();
      server.listen(handle, () => emit(server));
    },
  },
  'dgram.Socket': {
    // The sender keeps its socket: both ends receive.
    send(message, socket) {
      message.dgramType = socket.type;
      const handle = require('internal/dgram').handleOf(socket);
      return handle && typeof handle.dupFd === 'function' ? handle : undefined;
    },
    keeps() { return false; },
    got(message, handle, emit) {
      const { Socket } = require('dgram');
      const socket = new Socket(message.dgramType);
      socket.bind(handle, () => emit(socket));
    },
  },
};

// connectionKey names a server to the other end of a channel as node's
// _connectionKey does: address type, address and port.
function connectionKey(server) {
  if (typeof server._connectionKey === 'string') return server._connectionKey;
  const a = server.address();
  let key;
  if (a !== null && typeof a === 'object') key = `${a.family === 'IPv6' ? 6 : 4}:${a.address}:${a.port}`;
  else key = `-1:${a}:-1`;
  if (server.listening) server._connectionKey = key;
  return key;
}

// SocketList is the sending end's view, per channel end and server key, of
// the sockets that server accepted and sent, as node's SocketListSend: the
// server asks the receiver how many are still open and to answer once they
// all are closed. It emits 'exit' when the channel's process ends.
class SocketList extends require('events') {
  constructor(target, key) {
    super();
    this.key = key;
    this.target = target;
    target.once('exit', () => this.emit('exit', this));
  }

  request(msg, cmd, swallowErrors, callback) {
    const target = this.target;
    const key = this.key;
    if (!target.connected) {
      process.nextTick(callback, childClosed());
      return;
    }
    const onclose = () => {
      target.removeListener('internalMessage', onreply);
      callback(childClosed());
    };
    const onreply = (reply) => {
      if (reply.cmd !== cmd || reply.key !== key) return;
      target.removeListener('disconnect', onclose);
      target.removeListener('internalMessage', onreply);
      callback(null, reply);
    };
    target.once('disconnect', onclose);
    target.on('internalMessage', onreply);
    target._send(msg, undefined, swallowErrors);
  }

  close(callback) {
    this.request({ cmd: 'NODE_SOCKET_NOTIFY_CLOSE', key: this.key }, 'NODE_SOCKET_ALL_CLOSED', true, callback);
  }

  getConnections(callback) {
    this.request({ cmd: 'NODE_SOCKET_GET_COUNT', key: this.key }, 'NODE_SOCKET_COUNT', false, (err, reply) => {
      if (err) callback(err);
      else callback(null, reply.count);
    });
  }
}

function childClosed() {
  return makeNodeError(Error, 'ERR_CHILD_CLOSED_BEFORE_REPLY', 'Child closed before reply received');
}

const sentLists = new WeakMap();

// sentList returns the SocketList of a channel end and server key, and
// whether it was just made.
function sentList(target, key) {
  let lists = sentLists.get(target);
  if (lists === undefined) sentLists.set(target, lists = new Map());
  let list = lists.get(key);
  if (list !== undefined) return { list, first: false };
  list = new SocketList(target, key);
  lists.set(key, list);
  return { list, first: true };
}

// The sockets received per sender's server key, per channel end, as
// node's SocketListReceive: the count of those still open answers the
// sender's NODE_SOCKET_GET_COUNT, and NODE_SOCKET_NOTIFY_CLOSE is answered
// NODE_SOCKET_ALL_CLOSED once none is.
const receivedLists = new WeakMap();

function receivedList(target, key) {
  let lists = receivedLists.get(target);
  if (lists === undefined) receivedLists.set(target, lists = new Map());
  let list = lists.get(key);
  if (list === undefined) {
    list = { connections: 0, waiting: false };
    lists.set(key, list);
    const allClosed = () => {
      list.waiting = false;
      if (target.connected) target._send({ cmd: 'NODE_SOCKET_ALL_CLOSED', key }, undefined, true);
    };
    list.add = (socket) => {
      list.connections++;
      socket.once('close', () => {
        if (--list.connections === 0 && list.waiting) allClosed();
      });
    };
    target.on('internalMessage', (msg) => {
      if (msg.key !== key) return;
      if (msg.cmd === 'NODE_SOCKET_NOTIFY_CLOSE') {
        if (list.connections === 0) allClosed();
        else list.waiting = true;
      } else if (msg.cmd === 'NODE_SOCKET_GET_COUNT' && target.connected) {
        target._send({ cmd: 'NODE_SOCKET_COUNT', key, count: list.connections });
      }
    });
  }
  return list;
}

// adopt makes a native handle of the descriptor fd received with a
// NODE_HANDLE message of the given type, or returns undefined (fd closed)
// when that is not possible.
function adopt(type, fd, closeFd) {
  let net;
  try {
    net = require('internal/net_server');
  } catch (e) {
    closeFd(fd);
    return undefined;
  }
  let handle;
  if (type === 'dgram.Socket') {
    try {
      handle = require('internal/dgram').adoptHandle(fd);
    } catch (e) {
      closeFd(fd);
      return undefined;
    }
  } else if (type === 'net.Socket') handle = net.adoptSocketHandle(fd);
  else if (type === 'net.Server') handle = net.adoptServerHandle(fd);
  else if (type === 'net.Native') handle = net.adoptNativeHandle(fd);
  else {
    closeFd(fd);
    return undefined;
  }
  return typeof handle === 'number' ? undefined : handle;
}

module.exports = { typeOf, conversion, adopt };
