'use strict';
// internal/test_runner/mock: MockTracker, the spies and stand-ins of
// node:test (mock.fn, mock.method, mock.getter, mock.setter), each call
// recorded with its arguments, result or error, this, new.target and stack.

const { invalidArgType, invalidArgValue, validateFunction, validateObject, validateInteger } = require('internal/errors');
const { MockTimers } = require('internal/test_runner/mock_timers');

function noop() {}

const kImplFor = Symbol('kImplFor');
const kRecord = Symbol('kRecord');
const kNextCall = Symbol('kNextCall');

// MockFunctionContext is the `mock` property of a mocked function: its
// calls and the implementation it runs.
class MockFunctionContext {
  #calls = [];
  #impl;
  #original;
  #restore;
  #times;
  #once = new Map();

  constructor(impl, original, restore, times) {
    this.#impl = impl;
    this.#original = original;
    this.#restore = restore;
    this.#times = times;
  }

  /** The calls so far, oldest first (a copy). */
  get calls() { return this.#calls.slice(); }

  callCount() { return this.#calls.length; }

  mockImplementation(impl) {
    validateFunction(impl, 'implementation');
    this.#impl = impl;
  }

  mockImplementationOnce(impl, onCall) {
    validateFunction(impl, 'implementation');
    const next = this.#calls.length;
    const call = onCall ?? next;
    validateInteger(call, 'onCall', next);
    this.#once.set(call, impl);
  }

  /**
   * restore puts a mocked method's original property back; a mocked
   * function runs its original implementation again.
   */
  restore() {
    const restore = this.#restore;
    if (restore) restore();
    else this.#impl = this.#original;
  }

  resetCalls() { this.#calls = []; }

  // implFor returns what call number n runs, and counts it against times.
  [kImplFor](n) {
    if (this.#once.has(n)) {
      const impl = this.#once.get(n);
      this.#once.delete(n);
      return impl;
    }
    const impl = this.#impl;
    if (this.#times !== Infinity && n + 1 >= this.#times) this.#impl = this.#original;
    return impl;
  }

  [kRecord](call) { this.#calls.push(call); }

  get [kNextCall]() { return this.#calls.length; }
}

function isFunction(v) { return typeof v === 'function'; }

// track wraps original in a Proxy whose calls run ctx's implementation and
// are recorded on ctx.
function track(original, ctx) {
  return new Proxy(original, {
    __proto__: null,
    apply(target, self, args) {
      const impl = ctx[kImplFor](ctx[kNextCall]);
      let result;
      let error;
      try {
        result = Reflect.apply(impl, self, args);
      } catch (e) {
        error = e;
        throw e;
      } finally {
        ctx[kRecord]({ arguments: [...args], error, result, stack: new Error(), target: undefined, this: self });
      }
      return result;
    },
    construct(target, args, newTarget) {
      const impl = ctx[kImplFor](ctx[kNextCall]);
      let result;
      let error;
      try {
        result = Reflect.construct(impl, args, newTarget);
      } catch (e) {
        error = e;
        throw e;
      } finally {
        ctx[kRecord]({ arguments: [...args], error, result, stack: new Error(), target, this: result });
      }
      return result;
    },
    get(target, prop, receiver) {
      if (prop === 'mock') return ctx;
      return Reflect.get(target, prop, receiver);
    },
  });
}

function timesOption(options) {
  const { times = Infinity } = options;
  if (times !== Infinity) validateInteger(times, 'options.times', 1);
  return times;
}

function findDescriptor(object, name) {
  for (let o = object; o !== null && o !== undefined; o = Object.getPrototypeOf(o)) {
    const d = Object.getOwnPropertyDescriptor(o, name);
    if (d) return d;
  }
  return undefined;
}

/** MockTracker makes mocks and restores them. */
class MockTracker {
  #mocks = [];
  #timers;

  /** timers is the tracker's MockTimers, made on first use. */
  get timers() {
    this.#timers ??= new MockTimers();
    return this.#timers;
  }

  fn(original = function () {}, implementation = original, options = {}) {
    if (original !== null && typeof original === 'object') {
      options = original;
      original = function () {};
      implementation = original;
    } else if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = original;
    }
    validateFunction(original, 'original');
    validateFunction(implementation, 'implementation');
    validateObject(options, 'options');
    const ctx = new MockFunctionContext(implementation, original, undefined, timesOption(options));
    const mocked = track(original, ctx);
    this.#mocks.push({ ctx });
    return mocked;
  }

  method(object, methodName, implementation = kDefault, options = {}) {
    if (object === null || (typeof object !== 'object' && typeof object !== 'function')) {
      throw invalidArgType('object', 'object', object);
    }
    if (typeof methodName !== 'string' && typeof methodName !== 'symbol') {
      throw invalidArgType('methodName', ['string', 'symbol'], methodName);
    }
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = kDefault;
    }
    validateObject(options, 'options');
    const { getter = false, setter = false } = options;
    if (typeof getter !== 'boolean') throw invalidArgType('options.getter', 'boolean', getter);
    if (typeof setter !== 'boolean') throw invalidArgType('options.setter', 'boolean', setter);
    if (getter && setter) {
      throw invalidArgValue('options.setter', setter, "cannot be used with 'options.getter'");
    }
    const times = timesOption(options);
    const descriptor = findDescriptor(object, methodName);
    let original;
    if (getter) original = descriptor?.get;
    else if (setter) original = descriptor?.set;
    else original = descriptor?.value;
    if (!isFunction(original)) {
      throw invalidArgValue('methodName', original, 'must be a method');
    }
    if (implementation === kDefault) implementation = original;
    validateFunction(implementation, 'implementation');
    // As in node, the original is put back as the object's own property,
    // even where it was inherited.
    const restore = () => Object.defineProperty(object, methodName, descriptor);
    const ctx = new MockFunctionContext(implementation, original, restore, times);
    const mocked = track(original, ctx);
    const replacement = { __proto__: null, configurable: descriptor.configurable, enumerable: descriptor.enumerable };
    if (getter) {
      replacement.get = mocked;
      replacement.set = descriptor.set;
    } else if (setter) {
      replacement.get = descriptor.get;
      replacement.set = mocked;
    } else {
      replacement.value = mocked;
      replacement.writable = descriptor.writable;
    }
    Object.defineProperty(object, methodName, replacement);
    this.#mocks.push({ ctx });
    return mocked;
  }

  getter(object, methodName, implementation = kDefault, options = {}) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = kDefault;
    } else {
      validateObject(options, 'options');
    }
    if (options.getter === false) {
      throw invalidArgValue('options.getter', false, 'cannot be false');
    }
    return this.method(object, methodName, implementation, { ...options, getter: true });
  }

  setter(object, methodName, implementation = kDefault, options = {}) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = kDefault;
    } else {
      validateObject(options, 'options');
    }
    if (options.setter === false) {
      throw invalidArgValue('options.setter', false, 'cannot be false');
    }
    return this.method(object, methodName, implementation, { ...options, setter: true });
  }

  /** reset restores every mock and forgets them. */
  reset() {
    this.restoreAll();
    this.#timers?.reset();
    this.#mocks = [];
  }

  /** restoreAll puts every mocked method back; the mocks stay usable. */
  restoreAll() {
    for (const m of this.#mocks) m.ctx.restore();
  }
}

const kDefault = Symbol('kDefault');

module.exports = { MockTracker };
