'use strict';
// cluster in a worker: cluster.worker stands for this process; a
// net.Server's listen asks the primary for its handle ('queryServer'):
// under SCHED_RR the answer is a stand-in handle whose connections the
// primary sends one by one ('newconn'); under SCHED_NONE it is the
// listening socket itself.
const EventEmitter = require('events');
const path = require('path');
const Worker = require('internal/cluster/worker');
const { internal, sendHelper } = require('internal/cluster/utils');

const cluster = new EventEmitter();
// The stand-in or shared handles of this worker's servers, by key.
const handles = new Map();
// Listen calls per (address, port, type, fd): the index tells two servers
// of one worker on the same port apart.
const indexes = new Map();
const TIMEOUT_MAX = 2 ** 31 - 1;

cluster.isWorker = true;
cluster.isMaster = false;
cluster.isPrimary = false;
cluster.worker = null;
cluster.Worker = Worker;

cluster._setupWorker = function _setupWorker(id) {
  const worker = new Worker({ id: id | 0, process, state: 'online' });
  cluster.worker = worker;
  process.once('disconnect', () => {
    worker.emit('disconnect');
    // The primary went away (or dropped the channel) without asking this
    // worker to disconnect: the worker ends.
    if (!worker.exitedAfterDisconnect) process.exit(0);
  });
  process.on('internalMessage', internal(worker, onmessage));
  send({ act: 'online' });

  function onmessage(message, handle) {
    if (message.act === 'newconn') onconnection(message, handle);
    else if (message.act === 'disconnect') workerDisconnect.call(worker, true);
  }
  require('internal/net_server').setClusterListen(getServer);
};

// getServer is net.Server.listen in a worker: options are the address,
// port and addressType the server asked for; cb(errno, handle).
function getServer(server, options, cb) {
  let address = options.address;
  if (options.port < 0 && typeof address === 'string' && process.platform !== 'win32') {
    address = path.resolve(address);
  }
  const indexesKey = [address, options.port, options.addressType, options.fd].join(':');
  let indexSet = indexes.get(indexesKey);
  if (indexSet === undefined) {
    indexSet = { nextIndex: 0, set: new Set() };
    indexes.set(indexesKey, indexSet);
  }
  const index = indexSet.nextIndex++;
  indexSet.set.add(index);
  const message = { act: 'queryServer', index, data: null, ...options };
  message.address = address;
  if (typeof server._getServerData === 'function') message.data = server._getServerData();
  send(message, (reply, handle) => {
    if (typeof server._setServerData === 'function') server._setServerData(reply.data);
    if (handle) shared(reply, { handle, indexesKey, index }, server, cb);
    else rr(reply, { indexesKey, index }, server, cb);
  });
  server.once('listening', () => {
    if (!indexes.has(indexesKey)) return; // closed again already
    cluster.worker.state = 'listening';
    const addr = server.address();
    message.act = 'listening';
    message.port = (addr && addr.port) || options.port;
    send(message);
  });
}

function removeIndexesKey(indexesKey, index) {
  const indexSet = indexes.get(indexesKey);
  if (!indexSet) return;
  indexSet.set.delete(index);
  if (indexSet.set.size === 0) indexes.delete(indexesKey);
}

// shared: the primary sent the listening socket (SCHED_NONE); closing it
// tells the primary.
function shared(message, { handle, indexesKey, index }, server, cb) {
  const key = message.key;
  const close = handle.close;
  handle.close = function (...args) {
    send({ act: 'close', key });
    handles.delete(key);
    removeIndexesKey(indexesKey, index);
    return close.apply(handle, args);
  };
  handle.owner = server;
  handles.set(key, handle);
  cb(message.errno, handle);
}

// rr: the primary listens (SCHED_RR); the server gets a stand-in handle
// that keeps the worker alive like a listening socket would, and reaches
// onconnection with each connection the primary sends.
function rr(message, { indexesKey, index }, server, cb) {
  if (message.errno) {
    cb(message.errno, null);
    return;
  }
  let key = message.key;
  let keepAlive = null;
  const ref = () => {
    if (keepAlive === null) keepAlive = setInterval(() => {}, TIMEOUT_MAX);
  };
  const unref = () => {
    if (keepAlive !== null) {
      clearInterval(keepAlive);
      keepAlive = null;
    }
  };
  const handle = {
    owner: server,
    onconnection: null,
    start(refd) {
      if (refd) ref();
    },
    ref,
    unref,
    close(cb) {
      // Connections the primary sent meanwhile are handed back (the
      // server is gone from handles, so onconnection refuses them).
      if (key === undefined) return;
      unref();
      send({ act: 'close', key });
      handles.delete(key);
      removeIndexesKey(indexesKey, index);
      key = undefined;
      if (typeof cb === 'function') process.nextTick(cb);
    },
    getsockname() {
      const s = message.sockname;
      return s !== null && typeof s === 'object' ? { ...s } : s;
    },
    // The primary's socket cannot be handed on from here.
    dupFd() { return -9; },
  };
  handles.set(key, handle);
  cb(0, handle);
}

// A connection the primary accepted for one of this worker's servers.
function onconnection(message, conn) {
  const handle = handles.get(message.key);
  let accepted = handle !== undefined;
  if (accepted && handle.owner) {
    const server = handle.owner;
    if (server.maxConnections != null && server._connections >= server.maxConnections) accepted = false;
  }
  send({ ack: message.seq, accepted });
  if (accepted) handle.onconnection(0, conn);
  else if (conn) conn.close();
}

function send(message, cb) {
  return sendHelper(process, message, null, cb);
}

// workerDisconnect closes this worker's servers, then the channel. When
// the worker itself decided it, the primary first hears it, so that it
// sees exitedAfterDisconnect.
function workerDisconnect(primaryInitiated) {
  this.exitedAfterDisconnect = true;
  let waiting = 1;
  const checkWaiting = () => {
    if (--waiting !== 0) return;
    if (primaryInitiated) process.disconnect();
    else send({ act: 'exitedAfterDisconnect' }, () => process.disconnect());
  };
  for (const handle of handles.values()) {
    waiting++;
    if (handle.owner) handle.owner.close(checkWaiting);
    else handle.close(checkWaiting);
  }
  handles.clear();
  checkWaiting();
}

Worker.prototype.disconnect = function disconnect() {
  if (this.state !== 'disconnecting' && this.state !== 'destroying') {
    this.state = 'disconnecting';
    workerDisconnect.call(this, false);
  }
  return this;
};

Worker.prototype.destroy = function destroy() {
  if (this.state === 'destroying') return;
  this.exitedAfterDisconnect = true;
  if (!this.isConnected()) {
    process.exit(0);
  } else {
    this.state = 'destroying';
    send({ act: 'exitedAfterDisconnect' }, () => process.disconnect());
    process.once('disconnect', () => process.exit(0));
  }
};

module.exports = cluster;
