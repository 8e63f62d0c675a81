'use strict';
// setTimeout/setInterval/setImmediate on the Go loop's timer heap. Timeout
// and Immediate objects behave as Node's: ref/unref/hasRef/refresh, and a
// Timeout converts to its numeric id.

const native = internalBinding('timers');
const TIMEOUT_MAX = 2 ** 31 - 1;
const kId = Symbol('timerId');

function invalidCallback(cb) {
  const e = new TypeError('The "callback" argument must be of type function.' + native.describe(cb));
  e.code = 'ERR_INVALID_ARG_TYPE';
  return e;
}

function coerceDelay(after) {
  after *= 1;
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) {
      process.emitWarning(after + ' does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
    }
    after = 1;
  }
  return after;
}

// fireTimeout and fireImmediate run a timer's callback; the Go side calls
// them with the Timeout or Immediate as `this`.
function fireTimeout() {
  if (!this._repeat) this._destroyed = true;
  const args = this._timerArgs;
  if (args === undefined) this._onTimeout();
  else this._onTimeout(...args);
}

function fireImmediate() {
  this._destroyed = true;
  const args = this._argv;
  if (args === undefined) this._onImmediate();
  else this._onImmediate(...args);
}

native.setFire(fireTimeout, fireImmediate);

class Timeout {
  constructor(callback, after, args, isRepeat) {
    this._idleTimeout = after;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kId] = native.start(this, after, !!isRepeat);
  }
  ref() { native.ref(this[kId], true); return this; }
  unref() { native.ref(this[kId], false); return this; }
  hasRef() { return native.hasRef(this[kId]); }
  refresh() { if (!this._destroyed) native.refresh(this[kId]); return this; }
  close() { clearTimeout(this); return this; }
  [Symbol.toPrimitive]() { return this[kId]; }
}

class Immediate {
  constructor(callback, args) {
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kId] = native.immediate(this);
  }
  ref() { native.immediateRef(this[kId], true); return this; }
  unref() { native.immediateRef(this[kId], false); return this; }
  hasRef() { return native.immediateHasRef(this[kId]); }
}

function setTimeout(callback, after, ...args) {
  if (typeof callback !== 'function') throw invalidCallback(callback);
  return new Timeout(callback, coerceDelay(after), args.length ? args : undefined, false);
}

function setInterval(callback, repeat, ...args) {
  if (typeof callback !== 'function') throw invalidCallback(callback);
  return new Timeout(callback, coerceDelay(repeat), args.length ? args : undefined, true);
}

function clearTimeout(timer) {
  if (timer && timer[kId] !== undefined) {
    timer._destroyed = true;
    native.clear(timer[kId]);
  } else if (typeof timer === 'number' || typeof timer === 'string') {
    native.clear(Number(timer));
  }
}

function setImmediate(callback, ...args) {
  if (typeof callback !== 'function') throw invalidCallback(callback);
  return new Immediate(callback, args.length ? args : undefined);
}

function clearImmediate(immediate) {
  if (immediate && immediate[kId] !== undefined) {
    immediate._destroyed = true;
    native.clearImmediate(immediate[kId]);
  }
}

module.exports = {
  setTimeout, setInterval, setImmediate,
  clearTimeout, clearInterval: clearTimeout, clearImmediate,
  Timeout, Immediate,
};
// timers.promises is the timers/promises module, loaded on first use.
Object.defineProperty(module.exports, 'promises', {
  get() { return require('timers/promises'); },
  enumerable: true,
  configurable: true,
});
