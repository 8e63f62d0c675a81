'use strict';
// worker_threads: Worker (another runtime on its own goroutine),
// MessageChannel/MessagePort, BroadcastChannel and the environment data.
// Cloning, ports and threads live in Go (internalBinding('worker_threads')).

const EventEmitter = require('events');
const errors = require('internal/errors');
const native = internalBinding('worker_threads');

const { makeNodeError, invalidArgType } = errors;
const kHandle = Symbol('kHandle');
const kToken = Symbol('kToken');
const kPorts = Symbol('kPorts');
const kListeners = Symbol('kListeners');
const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');

class MessageEvent extends Event {
  constructor(type, init = {}) {
    super(type);
    const { data = null, ports = [], origin = '', lastEventId = '', source = null } = init || {};
    Object.defineProperties(this, {
      data: { value: data, enumerable: true },
      ports: { value: Object.freeze(ports.slice()), enumerable: true },
      origin: { value: origin, enumerable: true },
      lastEventId: { value: lastEventId, enumerable: true },
      source: { value: source, enumerable: true },
    });
  }
}

// Event-target style listeners (addEventListener, onmessage) on an
// emitter: they get a MessageEvent where .on listeners get the data.
function addTargetListener(self, type, fn, once) {
  if (typeof fn !== 'function' && !(fn && typeof fn.handleEvent === 'function')) return;
  const map = self[kListeners] || (self[kListeners] = new Map());
  const key = type + '\0';
  let list = map.get(key);
  if (!list) map.set(key, list = []);
  if (list.some((l) => l.fn === fn)) return;
  const wrapped = function(data) {
    let ev;
    if (type === 'message' || type === 'messageerror') ev = new MessageEvent(type, { data, ports: self[kPorts] || [] });
    else ev = new Event(type);
    if (once) removeTargetListener(self, type, fn);
    if (typeof fn === 'function') fn.call(self, ev); else fn.handleEvent(ev);
  };
  list.push({ fn, wrapped });
  self.on(type, wrapped);
}

function removeTargetListener(self, type, fn) {
  const list = self[kListeners] && self[kListeners].get(type + '\0');
  if (!list) return;
  const i = list.findIndex((l) => l.fn === fn);
  if (i < 0) return;
  const [{ wrapped }] = list.splice(i, 1);
  self.removeListener(type, wrapped);
}

function defineHandlerProperty(proto, name) {
  const key = Symbol('on' + name);
  Object.defineProperty(proto, 'on' + name, {
    get() { return this[key] || null; },
    set(fn) {
      if (this[key]) removeTargetListener(this, name, this[key]);
      this[key] = typeof fn === 'function' ? fn : null;
      if (this[key]) addTargetListener(this, name, this[key]);
    },
    enumerable: true,
    configurable: true,
  });
}

class MessagePort extends EventEmitter {
  constructor(token, handle) {
    if (token !== kToken) throw new TypeError('Constructor cannot be called');
    super();
    this[kHandle] = handle;
    handle.onmessage = (value, ports) => {
      this[kPorts] = ports;
      this.emit('message', value);
      this[kPorts] = undefined;
    };
    handle.onmessageerror = (err) => this.emit('messageerror', err);
    handle.onclose = () => this.emit('close');
    this.on('newListener', (type) => {
      if (type === 'message') { handle.ref(); handle.start(); }
    });
    this.on('removeListener', (type) => {
      if (type === 'message' && this.listenerCount('message') === 0) { handle.stop(); handle.unref(); }
    });
  }
  postMessage(value, transferList) {
    if (arguments.length === 0) {
      throw makeNodeError(TypeError, 'ERR_MISSING_ARGS', 'Not enough arguments to MessagePort.postMessage');
    }
    this[kHandle].post(value, transferList);
  }
  start() { this[kHandle].start(); }
  close() { this[kHandle].close(); }
  ref() { this[kHandle].ref(); return this; }
  unref() { this[kHandle].unref(); return this; }
  hasRef() { return this[kHandle].hasRef(); }
  addEventListener(type, fn, options) { addTargetListener(this, String(type), fn, !!(options && options.once)); }
  removeEventListener(type, fn) { removeTargetListener(this, String(type), fn); }
  dispatchEvent(ev) { this.emit(ev.type, ev.data); return true; }
  get [Symbol.toStringTag]() { return 'MessagePort'; }
}
defineHandlerProperty(MessagePort.prototype, 'message');
defineHandlerProperty(MessagePort.prototype, 'messageerror');

native.setPortFactory((handle) => new MessagePort(kToken, handle));

class MessageChannel {
  constructor() {
    const [port1, port2] = native.channel();
    this.port1 = port1;
    this.port2 = port2;
  }
}

function receiveMessageOnPort(port) {
  if (!(port instanceof MessagePort)) {
    throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "port" argument must be a MessagePort instance');
  }
  return port[kHandle].receive();
}

function markAsUntransferable(obj) {
  if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) return;
  native.markUntransferable(obj);
  if (ArrayBuffer.isView(obj)) native.markUntransferable(obj.buffer);
}

class BroadcastChannel extends EventTarget {
  constructor(name) {
    if (arguments.length === 0) {
      throw makeNodeError(TypeError, 'ERR_MISSING_ARGS', 'The "name" argument must be specified');
    }
    super();
    const handle = native.broadcast(`${name}`);
    Object.defineProperty(this, kHandle, { value: { handle, closed: false }, writable: true });
    Object.defineProperty(this, 'name', { value: `${name}`, enumerable: true });
    handle.onmessage = (data) => this.dispatchEvent(new MessageEvent('message', { data }));
    handle.onmessageerror = (data) => this.dispatchEvent(new MessageEvent('messageerror', { data }));
  }
  postMessage(message) {
    if (arguments.length === 0) {
      throw makeNodeError(TypeError, 'ERR_MISSING_ARGS', 'The "message" argument must be specified');
    }
    if (this[kHandle].closed) throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    this[kHandle].handle.post(message);
  }
  close() {
    if (this[kHandle].closed) return;
    this[kHandle].closed = true;
    this[kHandle].handle.close();
  }
  ref() { this[kHandle].handle.ref(); return this; }
  unref() { this[kHandle].handle.unref(); return this; }
  addEventListener(type, fn, options) {
    super.addEventListener(type, fn, options);
    if (type === 'message' && !this[kHandle].closed) this[kHandle].handle.start();
  }
  get onmessage() { return this[kHandle].onmessage || null; }
  set onmessage(fn) {
    if (this[kHandle].onmessage) this.removeEventListener('message', this[kHandle].onmessage);
    this[kHandle].onmessage = typeof fn === 'function' ? fn : null;
    if (this[kHandle].onmessage) this.addEventListener('message', this[kHandle].onmessage);
  }
}

// Environment data: inherited (cloned) by workers started afterwards.
const environmentData = native.isMainThread ? new Map() : native.environmentData();

function getEnvironmentData(key) { return environmentData.get(key); }
function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}

const kRun = Symbol('kRun');

// stream and path are needed only by Worker, so MessageChannel and
// BroadcastChannel work in a runtime given worker_threads alone.
function workerPath(filename) {
  const pathModule = require('path');
  if (typeof filename === 'string') {
    if (filename.startsWith('file:')) filename = new URL(filename);
    else if (!pathModule.isAbsolute(filename) && !/^\.\.?[\\/]/.test(filename)) {
      throw makeNodeError(TypeError, 'ERR_WORKER_PATH',
        'The worker script or module filename must be an absolute path or a relative path starting with \'./\' or \'../\'. Received "' + filename + '"');
    } else return pathModule.resolve(filename);
  }
  if (filename && typeof filename === 'object' && typeof filename.href === 'string' && typeof filename.protocol === 'string') {
    if (filename.protocol !== 'file:') throw makeNodeError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
    return require('url').fileURLToPath(filename);
  }
  throw invalidArgType('filename', ['string', 'URL'], filename);
}

class Worker extends EventEmitter {
  constructor(filename, options = {}) {
    super();
    const { Readable, Writable } = require('stream');
    if (options === null || typeof options !== 'object') options = {};
    let file = '';
    let src = '';
    if (options.eval) {
      if (typeof filename !== 'string') throw invalidArgType('filename', 'string', filename);
      src = filename;
    } else {
      file = workerPath(filename);
    }
    let argv = [];
    if (options.argv !== undefined) {
      if (!Array.isArray(options.argv)) throw invalidArgType('options.argv', 'Array', options.argv);
      argv = options.argv.map(String);
    }
    let execArgv = null;
    if (options.execArgv !== undefined) {
      if (!Array.isArray(options.execArgv)) throw invalidArgType('options.execArgv', 'Array', options.execArgv);
      execArgv = options.execArgv.map(String);
    }
    let env = null;
    if (options.env !== undefined && options.env !== null && options.env !== SHARE_ENV) {
      if (typeof options.env !== 'object') {
        throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
          'The "options.env" property must be of type object or one of undefined, null, or worker_threads.SHARE_ENV.' +
          errors.describeReceived(options.env));
      }
      env = Object.keys(options.env).map((k) => k + '=' + String(options.env[k]));
    }
    if (options.resourceLimits !== undefined && (options.resourceLimits === null || typeof options.resourceLimits !== 'object')) {
      throw invalidArgType('options.resourceLimits', 'object', options.resourceLimits);
    }
    const limits = {};
    if (options.resourceLimits) {
      for (const k of ['maxYoungGenerationSizeMb', 'maxOldGenerationSizeMb', 'codeRangeSizeMb', 'stackSizeMb']) {
        if (typeof options.resourceLimits[k] === 'number') limits[k] = options.resourceLimits[k];
      }
    }
    this.stdin = null;
    if (options.stdin) {
      const w = this;
      this.stdin = new Writable({
        write(chunk, enc, cb) { w[kRun].writeStdin(chunk); cb(); },
        final(cb) { w[kRun].endStdin(); cb(); },
      });
    }
    const makeReadable = () => new Readable({ read() {} });
    this.stdout = makeReadable();
    this.stderr = makeReadable();
    this[kRun] = null;
    const exitWaiters = [];
    let exited = false;
    const stdoutOpt = !!options.stdout;
    const stderrOpt = !!options.stderr;
    if (!stdoutOpt) this.stdout.on('data', (b) => process.stdout.write(b));
    if (!stderrOpt) this.stderr.on('data', (b) => process.stderr.write(b));
    const callbacks = {
      online: () => this.emit('online'),
      stdout: (b) => this.stdout.push(b),
      stderr: (b) => this.stderr.push(b),
      error: (err) => this.emit('error', err),
      exit: (code) => {
        exited = true;
        this.threadId = -1;
        this.stdout.push(null);
        this.stderr.push(null);
        this.emit('exit', code);
        for (const resolve of exitWaiters) resolve(code);
      },
    };
    this[kRun] = native.start({
      eval: !!options.eval, src, filename: file, argv, execArgv, env,
      stdin: !!options.stdin, name: options.name === undefined ? '' : `${options.name}`,
      resourceLimits: limits, workerData: options.workerData, transferList: options.transferList,
      environmentData, callbacks,
    });
    this[kExited] = () => exited;
    this[kWaiters] = exitWaiters;
    this.threadId = this[kRun].threadId;
    this.resourceLimits = limits;
    const port = this[kRun].port;
    port.on('message', (v) => this.emit('message', v));
    port.on('messageerror', (e) => this.emit('messageerror', e));
    port.unref(); // the worker itself holds the loop, until it exits
  }
  postMessage(value, transferList) {
    if (arguments.length === 0) {
      throw makeNodeError(TypeError, 'ERR_MISSING_ARGS', 'Not enough arguments to MessagePort.postMessage');
    }
    this[kRun].port.postMessage(value, transferList);
  }
  terminate(callback) {
    if (this[kExited]()) return Promise.resolve();
    const p = new Promise((resolve) => this[kWaiters].push(resolve));
    if (typeof callback === 'function') p.then((code) => callback(null, code));
    this[kRun].terminate();
    return p;
  }
  ref() { this[kRun].ref(); }
  unref() { this[kRun].unref(); }
}
const kExited = Symbol('kExited');
const kWaiters = Symbol('kWaiters');

const parentPort = native.isMainThread ? null : native.parentPort();
const workerData = native.isMainThread ? undefined : native.workerData();

module.exports = {
  isMainThread: native.isMainThread,
  MessagePort,
  MessageChannel,
  markAsUntransferable,
  moveMessagePortToContext: undefined,
  receiveMessageOnPort,
  resourceLimits: native.isMainThread ? {} : native.resourceLimits,
  threadId: native.threadId,
  SHARE_ENV,
  Worker,
  parentPort,
  workerData,
  BroadcastChannel,
  setEnvironmentData,
  getEnvironmentData,
};
delete module.exports.moveMessagePortToContext;
// For the MessageEvent global, without a name node's module does not have.
Object.defineProperty(module.exports, Symbol.for('jsproc.MessageEvent'), { value: MessageEvent });
