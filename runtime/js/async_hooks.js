'use strict';
// Node's async_hooks: AsyncLocalStorage and AsyncResource on the host's
// async scopes (see asynccontext.go), which follow timers, immediates,
// process.nextTick, promise reactions and every result the host delivers
// through its loop. createHook's callbacks see the same scopes: init when a
// resource is scheduled, before/after around each run, destroy after a
// one-shot resource ran; promiseResolve is not reported. Async ids are
// unique and increasing but are not the numbers node would give.
const errors = require('internal/errors');
const native = internalBinding('async_hooks');

const kScope = Symbol('kScope');

function deprecatedAsyncResource(fn, resource) {
  let warned = false;
  const warn = () => {
    if (warned) return;
    warned = true;
    process.emitWarning('The asyncResource property on bound functions is deprecated', 'DeprecationWarning', 'DEP0172');
  };
  Object.defineProperty(fn, 'asyncResource', {
    get: function deprecated() { warn(); return resource; },
    set: function deprecated(v) { warn(); resource = v; },
    enumerable: true,
    configurable: true,
  });
}

class AsyncResource {
  constructor(type, opts = {}) {
    errors.validateString(type, 'type');
    let triggerAsyncId = opts;
    let requireManualDestroy = false;
    if (typeof opts !== 'number') {
      triggerAsyncId = opts.triggerAsyncId === undefined ? undefined : opts.triggerAsyncId;
      requireManualDestroy = !!opts.requireManualDestroy;
    }
    if (triggerAsyncId !== undefined && (!Number.isSafeInteger(triggerAsyncId) || triggerAsyncId < -1)) {
      throw errors.makeNodeError(RangeError, 'ERR_INVALID_ASYNC_ID', `Invalid triggerAsyncId value: ${triggerAsyncId}`);
    }
    void requireManualDestroy;
    Object.defineProperty(this, kScope, { value: native.capture(type, triggerAsyncId, this) });
  }

  runInAsyncScope(fn, thisArg, ...args) {
    const scope = this[kScope];
    const prev = native.enter(scope);
    try {
      return Reflect.apply(fn, thisArg, args);
    } finally {
      native.leave(scope, prev, false);
    }
  }

  emitDestroy() {
    native.destroy(this[kScope]);
    return this;
  }

  asyncId() {
    return native.scopeIds(this[kScope])[0];
  }

  triggerAsyncId() {
    return native.scopeIds(this[kScope])[1];
  }

  bind(fn, thisArg) {
    errors.validateFunction(fn, 'fn');
    let bound;
    if (thisArg === undefined) {
      const resource = this;
      bound = function (...args) {
        args.unshift(fn, this);
        return Reflect.apply(resource.runInAsyncScope, resource, args);
      };
    } else {
      bound = this.runInAsyncScope.bind(this, fn, thisArg);
    }
    Object.defineProperty(bound, 'name', { value: 'bound', configurable: true });
    Object.defineProperty(bound, 'length', { value: fn.length, configurable: true });
    deprecatedAsyncResource(bound, this);
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name || 'bound-anonymous-fn';
    return (new AsyncResource(type)).bind(fn, thisArg);
  }
}

// withStore returns a copy of the stores map with storage set to store:
// scopes share maps, so a map is never changed once made.
function withStore(stores, storage, store) {
  const next = new Map(stores);
  next.set(storage, store);
  return next;
}

class AsyncLocalStorage {
  constructor() {
    this.kResourceStore = Symbol('kResourceStore');
    this.enabled = false;
  }

  static bind(fn) {
    return AsyncResource.bind(fn);
  }

  static snapshot() {
    const resource = new AsyncResource('AsyncLocalStorageSnapshot');
    const run = function runInAsyncScope(fn, ...args) {
      return resource.runInAsyncScope(fn, this, ...args);
    };
    return Object.defineProperty(run, 'name', { value: 'bound', configurable: true });
  }

  disable() {
    this.enabled = false;
  }

  _enable() {
    this.enabled = true;
  }

  _propagate() {}

  enterWith(store) {
    this._enable();
    native.setStores(withStore(native.getStores(), this, store));
  }

  run(store, callback, ...args) {
    this._enable();
    const prev = native.getStores();
    native.setStores(withStore(prev, this, store));
    try {
      return Reflect.apply(callback, null, args);
    } finally {
      native.setStores(prev);
    }
  }

  exit(callback, ...args) {
    if (!this.enabled) return Reflect.apply(callback, null, args);
    this.disable();
    try {
      return Reflect.apply(callback, null, args);
    } finally {
      this._enable();
    }
  }

  getStore() {
    if (!this.enabled) return undefined;
    const stores = native.getStores();
    return stores === undefined ? undefined : stores.get(this);
  }
}

// ---- createHook ---------------------------------------------------------------
const enabledHooks = [];

function emit(event, id, type, trigger, resource) {
  for (const hook of enabledHooks.slice()) {
    const fn = hook[kCallbacks][event];
    if (typeof fn !== 'function') continue;
    if (event === 'init') fn(id, type, trigger, resource);
    else fn(id);
  }
}

const kCallbacks = Symbol('kCallbacks');

class AsyncHook {
  constructor({ init, before, after, destroy, promiseResolve }) {
    const callbacks = { init, before, after, destroy, promiseResolve };
    for (const name of Object.keys(callbacks)) {
      if (callbacks[name] !== undefined && typeof callbacks[name] !== 'function') {
        throw errors.makeNodeError(TypeError, 'ERR_ASYNC_CALLBACK', `hook.${name} must be a function`);
      }
    }
    this[kCallbacks] = callbacks;
  }

  enable() {
    if (!enabledHooks.includes(this)) {
      enabledHooks.push(this);
      native.setEmit(emit);
    }
    return this;
  }

  disable() {
    const i = enabledHooks.indexOf(this);
    if (i >= 0) {
      enabledHooks.splice(i, 1);
      if (enabledHooks.length === 0) native.setEmit(undefined);
    }
    return this;
  }
}

function createHook(callbacks) {
  return new AsyncHook(callbacks);
}

function executionAsyncId() {
  return native.executionAsyncId();
}

function triggerAsyncId() {
  return native.triggerAsyncId();
}

function executionAsyncResource() {
  return native.executionAsyncResource();
}

// The provider names node's async_wrap reports resources under.
const asyncWrapProviders = Object.freeze({ __proto__: null, ...Object.fromEntries([
  'NONE', 'DIRHANDLE', 'DNSCHANNEL', 'ELDHISTOGRAM', 'FILEHANDLE', 'FILEHANDLECLOSEREQ', 'BLOBREADER',
  'FSEVENTWRAP', 'FSREQCALLBACK', 'FSREQPROMISE', 'GETADDRINFOREQWRAP', 'GETNAMEINFOREQWRAP', 'HEAPSNAPSHOT',
  'HTTP2SESSION', 'HTTP2STREAM', 'HTTP2PING', 'HTTP2SETTINGS', 'HTTPINCOMINGMESSAGE', 'HTTPCLIENTREQUEST',
  'JSSTREAM', 'JSUDPWRAP', 'MESSAGEPORT', 'PIPECONNECTWRAP', 'PIPESERVERWRAP', 'PIPEWRAP', 'PROCESSWRAP',
  'PROMISE', 'QUERYWRAP', 'QUIC_LOGSTREAM', 'QUIC_PACKET', 'SHUTDOWNWRAP', 'SIGNALWRAP', 'STATWATCHER',
  'STREAMPIPE', 'TCPCONNECTWRAP', 'TCPSERVERWRAP', 'TCPWRAP', 'TTYWRAP', 'UDPSENDWRAP', 'UDPWRAP',
  'SIGINTWATCHDOG', 'WORKER', 'WORKERHEAPSNAPSHOT', 'WRITEWRAP', 'ZLIB', 'CHECKPRIMEREQUEST', 'PBKDF2REQUEST',
  'KEYPAIRGENREQUEST', 'KEYGENREQUEST', 'KEYEXPORTREQUEST', 'CIPHERREQUEST', 'DERIVEBITSREQUEST',
  'HASHREQUEST', 'RANDOMBYTESREQUEST', 'RANDOMPRIMEREQUEST', 'SCRYPTREQUEST', 'SIGNREQUEST', 'TLSWRAP',
  'VERIFYREQUEST',
].map((name, i) => [name, i])) });

module.exports = {
  AsyncLocalStorage, createHook, executionAsyncId, triggerAsyncId, executionAsyncResource,
  asyncWrapProviders, AsyncResource,
};
