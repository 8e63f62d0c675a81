'use strict';
// domain (deprecated in node, still used by old packages): a Domain is an
// EventEmitter that receives, as 'error' events, the errors thrown in the
// code it runs and in the callbacks that code schedules (timers,
// immediates, nextTick, promise reactions, I/O), and the 'error' events
// of the emitters created in it or added to it.
//
// How it works:
// - The entered domains form a stack; the top one is process.domain.
// - An async_hooks hook remembers the active domain of each asynchronous
//   resource when it is created and enters it around the resource's
//   callbacks.
// - While a domain on the stack listens for 'error', an uncaught
//   exception goes to the active domain (the uncaught-exception capture
//   callback) instead of 'uncaughtException'.
// - EventEmitter's init and emit learn about domains: an emitter created
//   in a domain belongs to it, its listeners run in it, and an 'error'
//   nobody listens for goes to it.

const EventEmitter = require('events');
const { createHook } = require('async_hooks');
const { makeNodeError } = require('internal/errors');

if (process.hasUncaughtExceptionCaptureCallback()) {
  throw makeNodeError(Error, 'ERR_DOMAIN_CALLBACK_NOT_AVAILABLE',
    'A callback was registered through process.setUncaughtExceptionCaptureCallback(), ' +
    'which is mutually exclusive with using the `domain` module');
}

// The capture callback is the domain module's from now on. The error for
// a script that tries to set one shows where domain was loaded.
const requiredAt = new Error('require(`domain`) at this point').stack;
const setCapture = process.setUncaughtExceptionCaptureCallback;
process.setUncaughtExceptionCaptureCallback = function setUncaughtExceptionCaptureCallback() {
  const err = makeNodeError(Error, 'ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE',
    'The `domain` module is in use, which is mutually exclusive with calling ' +
    'process.setUncaughtExceptionCaptureCallback()');
  err.stack += `\n${'-'.repeat(40)}\n${requiredAt}`;
  throw err;
};

let stack = [];
exports._stack = stack;

// ---- async resources ------------------------------------------------------
// The domain each live resource was created in, by async id.
const resourceDomains = new Map();
const hook = createHook({
  init(asyncId, type, triggerAsyncId, resource) {
    const d = process.domain;
    if (d === null || d === undefined) return;
    resourceDomains.set(asyncId, d);
    if (type !== 'PROMISE' && resource !== null && typeof resource === 'object') {
      Object.defineProperty(resource, 'domain', { configurable: true, enumerable: false, value: d, writable: true });
    }
  },
  before(asyncId) {
    const d = resourceDomains.get(asyncId);
    if (d !== undefined) d.enter();
  },
  after(asyncId) {
    const d = resourceDomains.get(asyncId);
    if (d !== undefined) d.exit();
  },
  destroy(asyncId) {
    resourceDomains.delete(asyncId);
  },
});

// ---- uncaught exceptions --------------------------------------------------
let capturing = false;
function captureUncaught(er) {
  return process.domain._errorHandler(er);
}

// updateExceptionCapture routes uncaught exceptions to the active domain
// while some entered domain listens for 'error'.
function updateExceptionCapture() {
  const want = stack.some((d) => d.listenerCount('error') > 0);
  if (want === capturing) return;
  capturing = want;
  setCapture(want ? captureUncaught : null);
}

// An 'uncaughtException' listener runs with no domain entered: the first
// listener clears the stack.
function clearStack() {
  stack.length = 0;
  exports.active = process.domain = null;
  updateExceptionCapture();
}
process.on('newListener', (name, listener) => {
  if (name === 'uncaughtException' && listener !== clearStack) {
    process.removeListener(name, clearStack);
    process.prependListener(name, clearStack);
  }
});
process.on('removeListener', (name, listener) => {
  if (name === 'uncaughtException' && listener !== clearStack && process.listenerCount('uncaughtException') === 1) {
    process.removeListener(name, clearStack);
  }
});

// ---- Domain -----------------------------------------------------------------
class Domain extends EventEmitter {
  constructor() {
    super();
    this.members = [];
    hook.enable();
  }
}
Domain.prototype.members = undefined;
exports.Domain = Domain;

function createDomain() {
  return new Domain();
}
exports.createDomain = createDomain;
exports.create = createDomain;

exports.active = null;
process.domain = null;

Domain.prototype._errorHandler = function _errorHandler(er) {
  let caught = false;
  if ((typeof er === 'object' && er !== null) || typeof er === 'function') {
    Object.defineProperty(er, 'domain', { configurable: true, enumerable: false, value: this, writable: true });
    er.domainThrown = true;
  }
  // The handler does not run in its own domain (a throw in it would come
  // back to it).
  while (exports.active === this) this.exit();
  if (stack.length === 0) {
    // The outermost domain: without an 'error' listener the error stays
    // uncaught.
    if (this.listenerCount('error') > 0) {
      capturing = false;
      setCapture(null);
      try {
        caught = this.emit('error', er);
      } finally {
        updateExceptionCapture();
      }
    }
  } else {
    try {
      caught = this.emit('error', er);
    } catch (er2) {
      // The handler threw: an outer domain may catch that; otherwise it
      // is uncaught.
      updateExceptionCapture();
      if (stack.length === 0) throw er2;
      exports.active = process.domain = stack[stack.length - 1];
      caught = process.domain._errorHandler(er2);
    }
  }
  // An uncaught exception ends the current callback: no domain stays
  // entered.
  clearStack();
  return caught;
};

Domain.prototype.enter = function enter() {
  exports.active = process.domain = this;
  stack.push(this);
  updateExceptionCapture();
};

Domain.prototype.exit = function exit() {
  const index = stack.lastIndexOf(this);
  if (index === -1) return;
  stack.splice(index);
  exports.active = stack.length === 0 ? undefined : stack[stack.length - 1];
  process.domain = exports.active;
  updateExceptionCapture();
};

function setDomain(target, d) {
  Object.defineProperty(target, 'domain', { configurable: true, enumerable: false, value: d, writable: true });
}

Domain.prototype.add = function add(ee) {
  if (ee.domain === this) return;
  if (ee.domain) ee.domain.remove(ee);
  // Domains added to each other in a circle would pass an error round
  // for ever.
  if (this.domain && ee instanceof Domain) {
    for (let d = this.domain; d; d = d.domain) {
      if (ee === d) return;
    }
  }
  setDomain(ee, this);
  this.members.push(ee);
};

Domain.prototype.remove = function remove(ee) {
  ee.domain = null;
  const index = this.members.indexOf(ee);
  if (index !== -1) this.members.splice(index, 1);
};

Domain.prototype.run = function run(fn, ...args) {
  this.enter();
  const ret = Reflect.apply(fn, this, args);
  this.exit();
  return ret;
};

Domain.prototype.intercept = function intercept(cb) {
  const self = this;
  function runIntercepted(...args) {
    const er = args[0];
    if (args.length > 0 && er && er instanceof Error) {
      er.domainBound = cb;
      er.domainThrown = false;
      setDomain(er, self);
      self.emit('error', er);
      return undefined;
    }
    self.enter();
    const ret = Reflect.apply(cb, this, args.slice(1));
    self.exit();
    return ret;
  }
  setDomain(runIntercepted, this);
  return runIntercepted;
};

Domain.prototype.bind = function bind(cb) {
  const self = this;
  function runBound(...args) {
    self.enter();
    const ret = Reflect.apply(cb, this, args);
    self.exit();
    return ret;
  }
  setDomain(runBound, this);
  return runBound;
};

// ---- EventEmitter -------------------------------------------------------------
EventEmitter.usingDomains = true;

const eventInit = EventEmitter.init;
EventEmitter.init = function init(opts) {
  setDomain(this, null);
  if (exports.active && !(this instanceof Domain)) this.domain = exports.active;
  return Reflect.apply(eventInit, this, [opts]);
};

const eventEmit = EventEmitter.prototype.emit;
EventEmitter.prototype.emit = function emit(...args) {
  const d = this.domain;
  const type = args[0];
  if ((type === 'error' && this.listenerCount(type) > 0) || d === null || d === undefined || this === process) {
    return Reflect.apply(eventEmit, this, args);
  }
  if (type === 'error') {
    const er = args.length > 1 && args[1] ? args[1] :
      makeNodeError(Error, 'ERR_UNHANDLED_ERROR', 'Unhandled error.');
    if (typeof er === 'object') {
      er.domainEmitter = this;
      setDomain(er, d);
      er.domainThrown = false;
    }
    // The domain's handler runs outside the active domain (and the
    // copies of it on top of the stack); the stack comes back after.
    const savedStack = stack.slice();
    const savedActive = process.domain;
    let i = stack.length - 1;
    while (i > -1 && process.domain === stack[i]) i--;
    stack.length = i < 0 ? 0 : i + 1;
    exports.active = process.domain = stack.length > 0 ? stack[stack.length - 1] : null;
    updateExceptionCapture();
    d.emit('error', er);
    exports._stack = stack = savedStack;
    exports.active = process.domain = savedActive;
    updateExceptionCapture();
    return false;
  }
  d.enter();
  const ret = Reflect.apply(eventEmit, this, args);
  d.exit();
  return ret;
};
