'use strict';
// cluster in the primary: fork() starts workers (this program again, or
// settings.exec) with NODE_UNIQUE_ID set, and answers their messages:
// 'online', 'queryServer' (a worker's net.Server.listen: the primary
// listens, see internal/cluster/handles), 'listening', 'close' and
// 'exitedAfterDisconnect'.
const EventEmitter = require('events');
const path = require('path');
const { fork } = require('child_process');
const { makeNodeError } = require('internal/errors');
const Worker = require('internal/cluster/worker');
const { internal, sendHelper } = require('internal/cluster/utils');
const { RoundRobinHandle, SharedHandle } = require('internal/cluster/handles');

const cluster = new EventEmitter();
const intercom = new EventEmitter();
const SCHED_NONE = 1;
const SCHED_RR = 2;

const handles = new Map();
let initialized = false;
let ids = 0;
let schedulingPolicy;

cluster.isWorker = false;
cluster.isMaster = true;
cluster.isPrimary = true;
cluster.Worker = Worker;
cluster.workers = {};
cluster.settings = {};
cluster.SCHED_NONE = SCHED_NONE;
cluster.SCHED_RR = SCHED_RR;

const policyEnv = process.env.NODE_CLUSTER_SCHED_POLICY;
cluster.schedulingPolicy = policyEnv === 'rr' ? SCHED_RR : policyEnv === 'none' ? SCHED_NONE :
  (process.platform === 'win32' ? SCHED_NONE : SCHED_RR);

cluster.setupPrimary = function setupPrimary(options) {
  const settings = {
    args: process.argv.slice(2),
    exec: process.argv[1],
    execArgv: process.execArgv,
    silent: false,
    ...cluster.settings,
    ...options,
  };
  cluster.settings = settings;
  if (initialized) {
    process.nextTick(() => cluster.emit('setup', settings));
    return;
  }
  initialized = true;
  schedulingPolicy = cluster.schedulingPolicy; // fixed from now on
  if (schedulingPolicy !== SCHED_NONE && schedulingPolicy !== SCHED_RR) {
    throw makeNodeError(Error, 'ERR_INTERNAL_ASSERTION', `Bad cluster.schedulingPolicy: ${schedulingPolicy}`);
  }
  process.nextTick(() => cluster.emit('setup', settings));
};
cluster.setupMaster = cluster.setupPrimary;

function createWorkerProcess(id, env) {
  const settings = cluster.settings;
  const workerEnv = { ...process.env, ...env, NODE_UNIQUE_ID: `${id}` };
  if (settings.inspectPort === null) {
    throw makeNodeError(RangeError, 'ERR_SOCKET_BAD_PORT', 'Port should be > 0 and < 65536. Received type object (null).');
  }
  return fork(settings.exec, settings.args, {
    cwd: settings.cwd,
    env: workerEnv,
    serialization: settings.serialization,
    silent: settings.silent,
    windowsHide: settings.windowsHide,
    execArgv: [...settings.execArgv],
    stdio: settings.stdio,
    gid: settings.gid,
    uid: settings.uid,
  });
}

function removeWorker(worker) {
  delete cluster.workers[worker.id];
  if (Object.keys(cluster.workers).length === 0) intercom.emit('disconnect');
}

function removeHandlesForWorker(worker) {
  for (const [key, handle] of handles) {
    if (handle.remove(worker)) handles.delete(key);
  }
}

cluster.fork = function forkWorker(env) {
  cluster.setupPrimary();
  const id = ++ids;
  const workerProcess = createWorkerProcess(id, env);
  const worker = new Worker({ id, process: workerProcess });

  worker.on('message', function (message, handle) {
    cluster.emit('message', this, message, handle);
  });
  worker.process.once('exit', (exitCode, signalCode) => {
    // A worker that exits without disconnecting first (a crash, a kill)
    // is forgotten here; otherwise 'disconnect' did that.
    if (!worker.isConnected()) {
      removeHandlesForWorker(worker);
      removeWorker(worker);
    }
    worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
    worker.state = 'dead';
    worker.emit('exit', exitCode, signalCode);
    cluster.emit('exit', worker, exitCode, signalCode);
  });
  worker.process.once('disconnect', () => {
    removeHandlesForWorker(worker);
    // A worker still running stays in cluster.workers until it exits.
    if (worker.isDead()) removeWorker(worker);
    worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
    worker.state = 'disconnected';
    worker.emit('disconnect');
    cluster.emit('disconnect', worker);
  });
  worker.process.on('internalMessage', internal(worker, onmessage));
  process.nextTick(() => cluster.emit('fork', worker));
  cluster.workers[worker.id] = worker;
  return worker;
};

cluster.disconnect = function disconnect(cb) {
  const workers = Object.keys(cluster.workers);
  if (workers.length === 0) {
    process.nextTick(() => intercom.emit('disconnect'));
  } else {
    for (const id of workers) {
      const worker = cluster.workers[id];
      if (worker.isConnected()) worker.disconnect();
    }
  }
  if (typeof cb === 'function') intercom.once('disconnect', cb);
};

function onmessage(message, handle) {
  const worker = this;
  switch (message.act) {
    case 'online': online(worker); break;
    case 'queryServer': queryServer(worker, message); break;
    case 'listening': listening(worker, message); break;
    case 'exitedAfterDisconnect': exitedAfterDisconnect(worker, message); break;
    case 'close': close(worker, message); break;
  }
}

function online(worker) {
  worker.state = 'online';
  worker.emit('online');
  cluster.emit('online', worker);
}

function exitedAfterDisconnect(worker, message) {
  worker.exitedAfterDisconnect = true;
  send(worker, { ack: message.seq });
}

function queryServer(worker, message) {
  // Too late: the worker is on its way out.
  if (worker.exitedAfterDisconnect) return;
  const key = `${message.address}:${message.port}:${message.addressType}:${message.fd}:${message.index}`;
  let handle = handles.get(key);
  if (handle === undefined) {
    let address = message.address;
    // A Unix socket path is bound by its shortest name (the primary's
    // working directory may differ from the worker's).
    if (message.port < 0 && typeof address === 'string' && process.platform !== 'win32') {
      const relative = path.relative(process.cwd(), address);
      if (address.length > relative.length) address = relative;
    }
    const Handle = schedulingPolicy !== SCHED_RR || message.addressType === 'udp4' || message.addressType === 'udp6' ?
      SharedHandle : RoundRobinHandle;
    handle = new Handle(key, address, message);
    handles.set(key, handle);
  }
  if (!handle.data) handle.data = message.data;
  handle.add(worker, (errno, reply, listenHandle) => {
    const { data } = handles.get(key);
    if (errno) handles.delete(key);
    send(worker, { errno, key, ack: message.seq, data, ...reply }, listenHandle);
  });
}

function listening(worker, message) {
  const info = {
    addressType: message.addressType,
    address: message.address,
    port: message.port,
    fd: message.fd,
  };
  worker.state = 'listening';
  worker.emit('listening', info);
  cluster.emit('listening', worker, info);
}

// A worker's server closed.
function close(worker, message) {
  const key = message.key;
  const handle = handles.get(key);
  if (handle && handle.remove(worker)) handles.delete(key);
}

function send(worker, message, handle, cb) {
  return sendHelper(worker.process, message, handle, cb);
}

Worker.prototype.disconnect = function disconnect() {
  this.exitedAfterDisconnect = true;
  send(this, { act: 'disconnect' });
  removeHandlesForWorker(this);
  removeWorker(this);
  return this;
};

// destroy (and kill) signals the worker at once; its channel closes as
// it dies.
Worker.prototype.destroy = function destroy(signo) {
  this.process.kill(signo || 'SIGTERM');
};

module.exports = cluster;
