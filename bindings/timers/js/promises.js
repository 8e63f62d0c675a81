'use strict';
// timers/promises over the core timers. An aborted signal rejects with
// Node's AbortError (code ABORT_ERR, cause the signal's reason).
const timers = require('timers');
const errors = require('internal/errors');
const { invalidArgType, validateAbortSignal, abortError } = errors;

function validateOptions(options) {
  if (options === null || typeof options !== 'object') throw invalidArgType('options', 'object', options);
  const { signal, ref = true } = options;
  validateAbortSignal(signal, 'options.signal');
  if (typeof ref !== 'boolean') throw invalidArgType('options.ref', 'boolean', ref);
  return { signal, ref };
}

// schedule runs start(resolve) unless signal is aborted, and cancels with
// cancel() and an AbortError when it is.
function schedule(options, start, cancel) {
  let opts;
  try {
    opts = validateOptions(options);
  } catch (e) {
    return Promise.reject(e);
  }
  const { signal, ref } = opts;
  if (signal && signal.aborted) return Promise.reject(abortError(signal.reason));
  return new Promise((resolve, reject) => {
    let onAbort;
    const handle = start((v) => {
      if (signal) signal.removeEventListener('abort', onAbort);
      resolve(v);
    });
    if (!ref) handle.unref();
    if (signal) {
      onAbort = () => {
        cancel(handle);
        reject(abortError(signal.reason));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
}

function setTimeout(after, value, options = {}) {
  if (after !== undefined && typeof after !== 'number') {
    return Promise.reject(invalidArgType('delay', 'number', after));
  }
  return schedule(options, (done) => timers.setTimeout(done, after, value), timers.clearTimeout);
}

function setImmediate(value, options = {}) {
  return schedule(options, (done) => timers.setImmediate(done, value), timers.clearImmediate);
}

// setInterval returns an async iterator yielding value every interval.
function setInterval(after, value, options = {}) {
  const { signal, ref } = validateOptions(options);
  let pending = 0;
  let waiting = null; // { resolve, reject } of a next() call
  let done = false;
  let timer = null;
  let onAbort;
  const finish = () => {
    done = true;
    if (timer) timers.clearInterval(timer);
    timer = null;
    if (signal) signal.removeEventListener('abort', onAbort);
  };
  if (!(signal && signal.aborted)) {
    timer = timers.setInterval(() => {
      pending++;
      if (waiting) {
        const w = waiting;
        waiting = null;
        pending--;
        w.resolve({ value, done: false });
      }
    }, after);
    if (!ref) timer.unref();
    if (signal) {
      onAbort = () => {
        finish();
        if (waiting) {
          const w = waiting;
          waiting = null;
          w.reject(abortError(signal.reason));
        }
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  }
  const iterator = {
    next() {
      if (signal && signal.aborted) {
        finish();
        return Promise.reject(abortError(signal.reason));
      }
      if (done) return Promise.resolve({ value: undefined, done: true });
      if (pending > 0) {
        pending--;
        return Promise.resolve({ value, done: false });
      }
      return new Promise((resolve, reject) => {
        waiting = { resolve, reject };
      });
    },
    return() {
      finish();
      if (waiting) {
        const w = waiting;
        waiting = null;
        w.resolve({ value: undefined, done: true });
      }
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() { return this; },
  };
  return iterator;
}

const scheduler = {
  wait(delay, options) {
    return setTimeout(delay, undefined, options === undefined ? {} : options);
  },
  yield() {
    return setImmediate();
  },
};

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
