'use strict';
// internal/test_runner/mock_timers: mock.timers, a clock the test moves by
// hand. While enabled, the chosen APIs (setTimeout, setInterval,
// setImmediate with their clear forms and timers/promises versions, and
// Date) are replaced on the global object and on the timers modules; tick
// runs what falls due, in order of due time (immediates first) and of
// creation.

const { invalidArgType, invalidArgValue, validateObject, validateAbortSignal, abortError, makeNodeError } =
  require('internal/errors');

const kApis = ['setInterval', 'setTimeout', 'setImmediate', 'Date'];
const kTimeoutMax = 2147483647;
let warned = false;

function invalidState(message) {
  return makeNodeError(Error, 'ERR_INVALID_STATE', `Invalid state: ${message}`);
}

function notEnabled() {
  return invalidState('You should enable MockTimers first by calling the .enable function');
}

function asyncAbort(signal) {
  return abortError(signal.reason);
}

/** MockTimers is the clock of mock.timers. */
class MockTimers {
  #enabled = false;
  #now = 0;
  #nextId = 1;
  #queue = []; // pending timers, kept sorted by due time, immediates first, then id
  #restore = [];
  #running = null; // the timer whose callback runs
  #OriginalDate = Date;

  #schedule(timer) {
    const q = this.#queue;
    let i = q.length;
    while (i > 0 && before(timer, q[i - 1])) i--;
    q.splice(i, 0, timer);
  }

  #cancel(timer) {
    const id = typeof timer === 'object' && timer !== null ? timer.id : Number(timer);
    if (this.#running && this.#running.id === id) this.#running[kCancelled] = true;
    const i = this.#queue.findIndex((t) => t.id === id);
    if (i >= 0) {
      this.#queue[i][kCancelled] = true;
      this.#queue.splice(i, 1);
    }
  }

  #create(kind, callback, delay, args) {
    delay = Number(delay);
    if (!(delay >= 1 && delay <= kTimeoutMax)) delay = kind === 'immediate' ? 0 : 1;
    const timer = new Timeout(this.#nextId++, callback, this.#now + delay, kind === 'interval' ? delay : undefined, args);
    timer[kKind] = kind;
    timer[kCancelled] = false;
    this.#schedule(timer);
    return timer;
  }

  #fakes() {
    const self = this;
    const check = (callback) => {
      if (typeof callback !== 'function') throw invalidArgType('callback', 'Function', callback);
    };
    return {
      setTimeout(callback, delay, ...args) { check(callback); return self.#create('timeout', callback, delay, args); },
      clearTimeout(timer) { self.#cancel(timer); },
      setInterval(callback, delay, ...args) { check(callback); return self.#create('interval', callback, delay, args); },
      clearInterval(timer) { self.#cancel(timer); },
      setImmediate(callback, ...args) { check(callback); return self.#create('immediate', callback, 0, args); },
      clearImmediate(timer) { self.#cancel(timer); },
      promises: {
        setTimeout(delay, value, options = {}) {
          return self.#promise('timeout', delay, value, options);
        },
        setImmediate(value, options = {}) {
          return self.#promise('immediate', 0, value, options);
        },
        setInterval(delay, value, options = {}) {
          return self.#iterator(delay, value, options);
        },
      },
    };
  }

  #promise(kind, delay, value, options) {
    try {
      validateObject(options, 'options');
      if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
    } catch (err) {
      return Promise.reject(err);
    }
    const { signal } = options;
    if (signal && signal.aborted) return Promise.reject(asyncAbort(signal));
    return new Promise((resolve, reject) => {
      let onAbort;
      const timer = this.#create(kind, () => {
        if (signal) signal.removeEventListener('abort', onAbort);
        resolve(value);
      }, delay, []);
      if (signal) {
        onAbort = () => {
          this.#cancel(timer);
          reject(asyncAbort(signal));
        };
        signal.addEventListener('abort', onAbort, { once: true });
      }
    });
  }

  #iterator(delay, value, options) {
    const { signal } = options ?? {};
    const ready = []; // ticks not yet taken
    const waiting = []; // next() calls not yet answered
    let error = null;
    let done = false;
    let timer = null;
    const settle = () => {
      while (waiting.length > 0 && (ready.length > 0 || error || done)) {
        const w = waiting.shift();
        if (ready.length > 0) w.resolve({ value: ready.shift(), done: false });
        else if (error) w.reject(error);
        else w.resolve({ value: undefined, done: true });
      }
    };
    const onAbort = () => {
      error = asyncAbort(signal);
      if (timer) this.#cancel(timer);
      settle();
    };
    if (signal && signal.aborted) error = asyncAbort(signal);
    else {
      timer = this.#create('interval', () => { ready.push(value); settle(); }, delay, []);
      if (signal) signal.addEventListener('abort', onAbort, { once: true });
    }
    const finish = () => {
      done = true;
      if (timer) this.#cancel(timer);
      if (signal) signal.removeEventListener('abort', onAbort);
    };
    return {
      next() {
        if (ready.length === 0 && error) return Promise.reject(error);
        return new Promise((resolve, reject) => {
          waiting.push({ resolve, reject });
          settle();
        });
      },
      return() {
        finish();
        settle();
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]() { return this; },
    };
  }

  #mockDate() {
    const OriginalDate = this.#OriginalDate;
    const self = this;
    function Date(...args) {
      if (new.target === undefined) return new OriginalDate(self.#now).toString();
      if (args.length === 0) return Reflect.construct(OriginalDate, [self.#now], new.target);
      return Reflect.construct(OriginalDate, args, new.target);
    }
    Object.defineProperties(Date, {
      prototype: { value: OriginalDate.prototype, writable: false, enumerable: false, configurable: false },
      now: { value: function now() { return self.#now; }, writable: true, configurable: true },
      parse: { value: OriginalDate.parse, writable: true, configurable: true },
      UTC: { value: OriginalDate.UTC, writable: true, configurable: true },
      isMock: { value: true, writable: true, configurable: true },
      toString: { value: function toString() { return 'function Date() { [native code] }'; }, writable: true, configurable: true },
    });
    return Date;
  }

  #replace(object, name, value) {
    const descriptor = Object.getOwnPropertyDescriptor(object, name);
    this.#restore.push(() => {
      if (descriptor) Object.defineProperty(object, name, descriptor);
      else delete object[name];
    });
    Object.defineProperty(object, name, {
      value, writable: true, enumerable: descriptor ? descriptor.enumerable : false, configurable: true,
    });
  }

  enable(options = { __proto__: null, apis: kApis, now: 0 }) {
    if (this.#enabled) throw invalidState('MockTimers is already enabled!');
    validateObject(options, 'options');
    const apis = options.apis ?? kApis;
    if (!Array.isArray(apis)) throw invalidArgType('options.apis', 'Array', apis);
    for (const api of apis) {
      if (!kApis.includes(api)) {
        throw invalidArgValue('options.apis', api, `option ${api} is not supported`);
      }
    }
    let now = options.now ?? 0;
    if (now instanceof this.#OriginalDate) now = now.getTime();
    if (typeof now !== 'number') throw invalidArgType('options.now', ['number', 'Date'], now);
    if (!(now >= 0)) throw invalidArgValue('options.now', now, 'must be a positive number');
    if (!warned) {
      warned = true;
      process.emitWarning('The MockTimers API is an experimental feature and might change at any time',
        'ExperimentalWarning');
    }
    this.#now = now;
    this.#enabled = true;
    const fakes = this.#fakes();
    const timers = require('timers');
    const promises = require('timers/promises');
    for (const api of new Set(apis)) {
      if (api === 'Date') {
        this.#replace(globalThis, 'Date', this.#mockDate());
        continue;
      }
      const clear = api.replace('set', 'clear');
      this.#replace(globalThis, api, fakes[api]);
      this.#replace(globalThis, clear, fakes[clear]);
      this.#replace(timers, api, fakes[api]);
      this.#replace(timers, clear, fakes[clear]);
      this.#replace(promises, api, fakes.promises[api]);
    }
  }

  tick(time = 1) {
    if (!this.#enabled) throw notEnabled();
    if (typeof time !== 'number') throw invalidArgType('time', 'number', time);
    if (time < 0) throw invalidArgValue('time', time, 'must be positive');
    // As in node, the clock reads the end of the tick while the timers
    // that fall due in it run.
    this.#now += time;
    while (this.#queue.length > 0 && this.#queue[0].runAt <= this.#now) {
      const timer = this.#queue.shift();
      this.#running = timer;
      try {
        Reflect.apply(timer.callback, undefined, timer.args);
      } finally {
        this.#running = null;
      }
      if (timer[kKind] === 'interval' && !timer[kCancelled]) {
        timer.runAt += timer.interval;
        this.#schedule(timer);
      }
    }
  }

  runAll() {
    if (!this.#enabled) throw notEnabled();
    let last = this.#now;
    for (const t of this.#queue) last = Math.max(last, t.runAt);
    this.tick(last - this.#now);
  }

  setTime(milliseconds) {
    if (!this.#enabled) throw notEnabled();
    if (typeof milliseconds !== 'number') throw invalidArgType('milliseconds', 'number', milliseconds);
    this.#now = milliseconds;
  }

  reset() {
    const restore = this.#restore;
    this.#restore = [];
    for (let i = restore.length - 1; i >= 0; i--) restore[i]();
    this.#queue = [];
    this.#enabled = false;
    this.#now = 0;
  }

  [Symbol.dispose]() { this.reset(); }
}

// before orders timers: due time, then immediates, then creation.
function before(a, b) {
  if (a.runAt !== b.runAt) return a.runAt < b.runAt;
  if ((a[kKind] === 'immediate') !== (b[kKind] === 'immediate')) return a[kKind] === 'immediate';
  return a.id < b.id;
}

// Timeout is what a mocked setTimeout/setInterval/setImmediate returns,
// with the fields node's has.
class Timeout {
  constructor(id, callback, runAt, interval, args) {
    this.id = id;
    this.callback = callback;
    this.runAt = runAt;
    this.interval = interval;
    this.args = args;
  }
}

const kKind = Symbol('kKind');
const kCancelled = Symbol('kCancelled');

module.exports = { MockTimers };
