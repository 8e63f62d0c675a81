'use strict';
// Node's EventEmitter: listener bookkeeping, once wrappers, the 'error'
// rule, max-listener warnings, captureRejections, events.once/events.on.

const kCapture = Symbol('kCapture');
const kRejection = Symbol.for('nodejs.rejection');
const kErrorMonitor = Symbol('events.errorMonitor');
const kShapeMode = Symbol('shapeMode');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kWatermarkData = Symbol.for('nodejs.watermarkData');
// kFirstEventParam, an option of on() for jsproc's own modules (readline),
// yields each event's first argument rather than an array of them.
const kFirstEventParam = Symbol.for('jsproc.events.firstEventParam');
// With kFirstEventParam, an iterator of on() has its listener under
// kEventHandler and takes many events at once with kPushEvents(values, i):
// readline hands it a chunk's lines so.
const kEventHandler = Symbol.for('jsproc.events.handler');
const kPushEvents = Symbol.for('jsproc.events.pushEvents');
// PromiseResolve is Promise.resolve, looked up once.
const PromiseResolve = Promise.resolve.bind(Promise);
let defaultMaxListeners = 10;
let captureRejectionsDefault = false;

let errorsModule;
function errors() {
  if (errorsModule === undefined) errorsModule = require('internal/errors');
  return errorsModule;
}

function codedError(Ctor, code, msg) {
  return errors().makeNodeError(Ctor, code, msg);
}

function describeType(v) {
  if (v == null) return ' Received ' + v;
  if (typeof v === 'function') return ' Received function ' + v.name;
  if (typeof v === 'object') {
    if (v.constructor && v.constructor.name) return ' Received an instance of ' + v.constructor.name;
    return ' Received ' + String(v);
  }
  let shown = String(v);
  if (typeof v === 'string') {
    if (shown.length > 28) shown = shown.slice(0, 25) + '...';
    shown = "'" + shown + "'";
  }
  if (typeof v === 'bigint') shown += 'n';
  return ' Received type ' + typeof v + ' (' + shown + ')';
}

function checkListener(listener) {
  if (typeof listener !== 'function') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
      'The "listener" argument must be of type function.' + describeType(listener));
  }
}

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

EventEmitter.init = function init(opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = Object.create(null);
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts && opts.captureRejections) {
    if (typeof opts.captureRejections !== 'boolean') {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
        'The "options.captureRejections" property must be of type boolean.' + describeType(opts.captureRejections));
    }
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  enumerable: true,
  configurable: true,
  get() { return defaultMaxListeners; },
  set(n) {
    errors().validateNumber(n, 'defaultMaxListeners', 0);
    defaultMaxListeners = n;
    require('internal/web').setDefaultMaxListeners(n);
  },
});

Object.defineProperty(EventEmitter, 'captureRejections', {
  enumerable: true,
  configurable: true,
  get() { return captureRejectionsDefault; },
  set(v) {
    if (typeof v !== 'boolean') {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
        'The "EventEmitter.captureRejections" property must be of type boolean.' + describeType(v));
    }
    captureRejectionsDefault = v;
    EventEmitter.prototype[kCapture] = v;
  },
});
EventEmitter.prototype[kCapture] = false;

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  errors().validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

function maxListenersOf(that) {
  if (that._maxListeners === undefined) return defaultMaxListeners;
  return that._maxListeners;
}

EventEmitter.prototype.getMaxListeners = function getMaxListeners() { return maxListenersOf(this); };

function addCatch(that, promise, type, args) {
  if (!that[kCapture]) return;
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, function (err) {
        process.nextTick(emitUnhandledRejectionOrErr, that, err, type, args);
      });
    }
  } catch (err) {
    that.emit('error', err);
  }
}

function emitUnhandledRejectionOrErr(ee, err, type, args) {
  if (typeof ee[kRejection] === 'function') {
    ee[kRejection](err, type, ...args);
  } else {
    const prev = ee[kCapture];
    try {
      ee[kCapture] = false;
      ee.emit('error', err);
    } finally {
      ee[kCapture] = prev;
    }
  }
}

// enhanceStackTrace is err's stack followed by where the unhandled
// 'error' event was emitted (own's frames), the frames both share folded
// into one line, as Node's report shows them.
function enhanceStackTrace(err, own) {
  let ctorInfo = '';
  try {
    const name = this.constructor.name;
    if (name !== 'EventEmitter') ctorInfo = ' on ' + name + ' instance';
  } catch (e) {
    // no constructor name to show
  }
  // The error's frames are still in the engine's layout ("\tat f (file:1:2(3))").
  const errStack = String(err.stack).split('\n').slice(1)
    .map((l) => l.replace(/^\tat (.*?)\(\d+\)(\)?)$/, '    at $1$2'));
  const ownStack = String(own.stack).split('\n').slice(1);
  const { len, offset } = sharedRun(ownStack, errStack);
  if (len > 0) ownStack.splice(offset + 1, len - 2, '    [... lines matching original stack trace ...]');
  const head = String(err.stack).replace(/\n+$/, '');
  return head + '\nEmitted \'error\' event' + ctorInfo + ' at:\n' + ownStack.join('\n');
}

// sharedRun finds the first run of more than three lines of a that also
// appears in b with more than three lines from its start to b's end.
function sharedRun(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const at = b.indexOf(a[i]);
    if (at === -1 || b.length - at <= 3) continue;
    const max = Math.min(a.length - i, b.length - at);
    let len = 1;
    while (len < max && a[i + len] === b[at + len]) len++;
    if (len > 3) return { len, offset: i };
  }
  return { len: 0, offset: 0 };
}

EventEmitter.prototype.emit = function emit(type, ...args) {
  let doError = type === 'error';
  const events = this._events;
  if (events !== undefined) {
    if (doError && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
    doError = doError && events.error === undefined;
  } else if (!doError) {
    return false;
  }
  if (doError) {
    let er;
    if (args.length > 0) er = args[0];
    const { kArrow, kEnhanceStack, setHidden, makeNodeError } = errors();
    if (er instanceof Error) {
      const own = {};
      Error.captureStackTrace(own, EventEmitter.prototype.emit);
      setHidden(er, kEnhanceStack, enhanceStackTrace.bind(this, er, own));
      setHidden(er, kArrow, "node:events:502\n      throw er; // Unhandled 'error' event\n      ^\n");
      throw er;
    }
    let shown;
    try {
      shown = require('util').inspect(er);
    } catch (e) {
      shown = String(er);
    }
    const err = makeNodeError(Error, 'ERR_UNHANDLED_ERROR', 'Unhandled error. (' + shown + ')');
    err.context = er;
    setHidden(err, kArrow, "node:events:515\n    throw err; // Unhandled 'error' event\n    ^\n");
    throw err;
  }
  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    const result = callListener(handler, this, args);
    if (result !== undefined && result !== null) addCatch(this, result, type, args);
  } else {
    const listeners = handler.slice();
    for (let i = 0; i < listeners.length; ++i) {
      const result = callListener(listeners[i], this, args);
      if (result !== undefined && result !== null) addCatch(this, result, type, args);
    }
  }
  return true;
};

// callListener is listener.apply(target, args) with the common arities
// called directly, which goja runs several times faster.
function callListener(listener, target, args) {
  switch (args.length) {
    case 0: return listener.call(target);
    case 1: return listener.call(target, args[0]);
    case 2: return listener.call(target, args[0], args[1]);
    default: return listener.apply(target, args);
  }
}

function addListenerTo(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = Object.create(null);
    target._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ? listener.listener : listener);
      events = target._events;
    }
    existing = events[type];
  }
  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
  } else {
    if (typeof existing === 'function') {
      existing = events[type] = prepend ? [listener, existing] : [existing, listener];
    } else if (prepend) {
      existing.unshift(listener);
    } else {
      existing.push(listener);
    }
    const m = maxListenersOf(target);
    if (m > 0 && existing.length > m && !existing.warned) {
      existing.warned = true;
      const name = target.constructor && target.constructor.name || 'EventEmitter';
      const w = new Error('Possible EventEmitter memory leak detected. ' + existing.length + ' ' +
        String(type) + ' listeners added to [' + name + ']. MaxListeners is ' + m + '. Use emitter.setMaxListeners() to increase limit');
      w.name = 'MaxListenersExceededWarning';
      w.emitter = target;
      w.type = type;
      w.count = existing.length;
      process.emitWarning(w);
    }
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) { return addListenerTo(this, type, listener, false); };
EventEmitter.prototype.on = EventEmitter.prototype.addListener;
EventEmitter.prototype.prependListener = function prependListener(type, listener) { return addListenerTo(this, type, listener, true); };

function onceWrapper() {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    if (arguments.length === 0) return this.listener.call(this.target);
    return this.listener.apply(this.target, arguments);
  }
}

function onceWrap(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;
  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      this._events = Object.create(null);
    } else {
      delete events[type];
    }
    if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
  } else if (typeof list !== 'function') {
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    if (position === 0) list.shift();
    else list.splice(position, 1);
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  }
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = Object.create(null);
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = Object.create(null);
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }
  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = Object.create(null);
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }
  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

function listenersOf(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const l = events[type];
  if (l === undefined) return [];
  if (typeof l === 'function') return unwrap ? [l.listener || l] : [l];
  return unwrap ? l.map((f) => f.listener || f) : l.slice();
}

EventEmitter.prototype.listeners = function listeners(type) { return listenersOf(this, type, true); };
EventEmitter.prototype.rawListeners = function rawListeners(type) { return listenersOf(this, type, false); };

function listenerCount(type, listener) {
  const events = this._events;
  if (events !== undefined) {
    const l = events[type];
    if (typeof l === 'function') {
      if (listener != null) return listener === l || listener === l.listener ? 1 : 0;
      return 1;
    }
    if (l !== undefined) {
      if (listener != null) return l.filter((f) => f === listener || f.listener === listener).length;
      return l.length;
    }
  }
  return 0;
}
EventEmitter.prototype.listenerCount = listenerCount;
EventEmitter.listenerCount = function (emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return listenerCount.call(emitter, type);
};

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events).filter((k) => this._events[k] !== undefined) : [];
};

function abortError(signal) {
  const e = new Error('The operation was aborted');
  e.name = 'AbortError';
  e.code = 'ABORT_ERR';
  if (signal && signal.reason !== undefined) e.cause = signal.reason;
  return e;
}

function validateSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
      'The "' + name + '" property must be an instance of AbortSignal.' + describeType(signal));
  }
}

function isEventTarget(t) {
  return t && typeof t.addEventListener === 'function' && typeof t.on !== 'function';
}

// once is async, as Node's is: a bad signal rejects rather than throws, and
// the result settles a few microtask turns after the event, as in Node.
async function once(emitter, name, options = {}) {
  const signal = options ? options.signal : undefined;
  validateSignal(signal, 'options.signal');
  if (signal && signal.aborted) throw abortError(signal);
  return new Promise((resolve, reject) => {
    if (isEventTarget(emitter)) {
      const h = (...args) => { if (signal) signal.removeEventListener('abort', onAbort); resolve(args); };
      const onAbort = () => { emitter.removeEventListener(name, h); reject(abortError(signal)); };
      emitter.addEventListener(name, h, { once: true });
      if (signal) signal.addEventListener('abort', onAbort, { once: true });
      return;
    }
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      if (signal) signal.removeEventListener('abort', onAbort);
      reject(err);
    };
    const resolver = (...args) => {
      if (name !== 'error') emitter.removeListener('error', errorListener);
      if (signal) signal.removeEventListener('abort', onAbort);
      resolve(args);
    };
    const onAbort = () => {
      emitter.removeListener(name, resolver);
      emitter.removeListener('error', errorListener);
      reject(abortError(signal));
    };
    if (typeof emitter.on !== 'function') {
      reject(codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
        'The "emitter" argument must be an instance of EventEmitter.' + describeType(emitter)));
      return;
    }
    emitter.once(name, resolver);
    if (name !== 'error') emitter.once('error', errorListener);
    if (signal) signal.addEventListener('abort', onAbort, { once: true });
  });
}

// listen and unlisten add and remove a listener on an EventEmitter or an
// EventTarget, as events.on does.
function listen(emitter, name, fn) {
  if (typeof emitter.on === 'function') emitter.on(name, fn);
  else emitter.addEventListener(name, fn);
}

function unlisten(emitter, name, fn) {
  if (typeof emitter.removeListener === 'function') emitter.removeListener(name, fn);
  else emitter.removeEventListener(name, fn);
}

// on returns an async iterator of emitter's `event`s (arrays of their
// arguments). options.close names events that end the iteration;
// highWaterMark and lowWaterMark pause and resume the emitter around the
// queue of unconsumed events.
function on(emitter, event, options = {}) {
  const signal = options.signal;
  validateSignal(signal, 'options.signal');
  if (signal && signal.aborted) throw abortError(signal);
  const highWatermark = options.highWaterMark !== undefined ? options.highWaterMark : (options.highWatermark !== undefined ? options.highWatermark : Number.MAX_SAFE_INTEGER);
  errors().validateInteger(highWatermark, 'options.highWaterMark', 1);
  const lowWatermark = options.lowWaterMark !== undefined ? options.lowWaterMark : (options.lowWatermark !== undefined ? options.lowWatermark : 1);
  errors().validateInteger(lowWatermark, 'options.lowWaterMark', 1);
  const closeEvents = options.close;
  // unconsumedEvents[eventsHead:eventsEnd] wait to be read: taking from
  // the head by index keeps a long queue linear. borrowed says that
  // unconsumedEvents is an array pushEvents was handed (queued as it is,
  // not copied), which may hold more values past eventsEnd and must not
  // be written past it.
  let unconsumedEvents = [];
  let eventsHead = 0;
  let eventsEnd = 0;
  let borrowed = false;
  const unconsumedPromises = [];
  let paused = false;
  let error = null;
  let finished = false;
  const firstParam = options[kFirstEventParam] === true;
  const onEvent = (args) => {
    const p = unconsumedPromises.shift();
    if (p) {
      p.resolve({ value: args, done: false });
      return;
    }
    if (borrowed) {
      unconsumedEvents = unconsumedEvents.slice(eventsHead, eventsEnd);
      eventsHead = 0;
      eventsEnd = unconsumedEvents.length;
      borrowed = false;
    }
    unconsumedEvents[eventsEnd++] = args;
    if (eventsEnd - eventsHead > highWatermark && !paused && typeof emitter.pause === 'function') {
      paused = true;
      emitter.pause();
    }
  };
  const eventHandler = firstParam ? onEvent : (...args) => onEvent(args);
  const errorHandler = (err) => {
    finished = true;
    const p = unconsumedPromises.shift();
    if (p) p.reject(err);
    else error = err;
    iterator.return();
  };
  const closeHandler = () => {
    cleanup();
    finished = true;
    for (const p of unconsumedPromises) p.resolve({ value: undefined, done: true });
    unconsumedPromises.length = 0;
  };
  const abortListener = () => errorHandler(abortError(signal));
  const cleanup = () => {
    unlisten(emitter, event, eventHandler);
    unlisten(emitter, 'error', errorHandler);
    if (closeEvents) for (const name of closeEvents) unlisten(emitter, name, closeHandler);
    if (signal) signal.removeEventListener('abort', abortListener);
  };
  const iterator = {
    next() {
      if (eventsHead < eventsEnd) {
        const value = unconsumedEvents[eventsHead];
        unconsumedEvents[eventsHead++] = undefined;
        if (eventsHead === eventsEnd) {
          if (borrowed) {
            unconsumedEvents = [];
            borrowed = false;
          } else {
            unconsumedEvents.length = 0;
          }
          eventsHead = 0;
          eventsEnd = 0;
        }
        if (paused && eventsEnd - eventsHead < lowWatermark && typeof emitter.resume === 'function') {
          paused = false;
          emitter.resume();
        }
        return PromiseResolve({ value, done: false });
      }
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => unconsumedPromises.push({ resolve, reject }));
    },
    return() {
      cleanup();
      finished = true;
      for (const p of unconsumedPromises) p.resolve({ value: undefined, done: true });
      unconsumedPromises.length = 0;
      return Promise.resolve({ value: undefined, done: true });
    },
    get [kWatermarkData]() {
      return {
        get size() { return eventsEnd - eventsHead; },
        get low() { return lowWatermark; },
        get high() { return highWatermark; },
        get isPaused() { return paused; },
      };
    },
    throw(err) {
      if (!err || !(err instanceof Error)) throw errors().invalidArgType('EventEmitter.AsyncIterator', 'Error', err);
      error = err;
      cleanup();
      return Promise.reject(err);
    },
    [Symbol.asyncIterator]() { return this; },
  };
  if (firstParam) {
    iterator[kEventHandler] = eventHandler;
    // pushEvents takes values[i:] as that many events would come, and
    // returns where it stopped: after the event that paused the emitter
    // (whose 'pause' listeners may change who listens), or at the end.
    // values is the caller's to hand over: the queue takes it as it is
    // (and clears the slots it hands out), and takes more of it in place
    // when the caller goes on where it stopped.
    iterator[kPushEvents] = (values, i) => {
      const n = values.length;
      while (i < n && unconsumedPromises.length > 0) unconsumedPromises.shift().resolve({ value: values[i++], done: false });
      if (i === n) return n;
      const canPause = !paused && typeof emitter.pause === 'function';
      const size = eventsEnd - eventsHead;
      const stop = canPause ? Math.min(n, i + Math.max(1, highWatermark + 1 - size)) : n;
      if (size === 0) {
        unconsumedEvents = values;
        eventsHead = i;
        eventsEnd = stop;
        borrowed = true;
      } else if (borrowed && unconsumedEvents === values && eventsEnd === i) {
        eventsEnd = stop;
      } else {
        unconsumedEvents = unconsumedEvents.slice(eventsHead, eventsEnd).concat(values.slice(i, stop));
        eventsHead = 0;
        eventsEnd = unconsumedEvents.length;
        borrowed = false;
      }
      if (canPause && eventsEnd - eventsHead > highWatermark) {
        paused = true;
        emitter.pause();
      }
      return stop;
    };
  }
  listen(emitter, event, eventHandler);
  if (event !== 'error' && typeof emitter.on === 'function') emitter.on('error', errorHandler);
  if (closeEvents) for (const name of closeEvents) listen(emitter, name, closeHandler);
  if (signal) signal.addEventListener('abort', abortListener, { once: true });
  return iterator;
}

function getEventListeners(emitter, type) {
  if (emitter != null && typeof emitter.listeners === 'function') return emitter.listeners(type);
  if (emitter != null && typeof emitter.addEventListener === 'function') {
    const byType = emitter[require('internal/web').kListeners];
    const list = byType && byType.get(type);
    return list ? list.map((rec) => rec.listener) : [];
  }
  throw errors().invalidArgType('emitter', ['EventEmitter', 'EventTarget'], emitter);
}

function setMaxListeners(n = defaultMaxListeners, ...targets) {
  errors().validateNumber(n, 'setMaxListeners', 0);
  if (targets.length === 0) {
    defaultMaxListeners = n;
    require('internal/web').setDefaultMaxListeners(n);
    return;
  }
  for (const t of targets) {
    if (t != null && typeof t.setMaxListeners === 'function') t.setMaxListeners(n);
    else if (t != null && typeof t.addEventListener === 'function') {
      t[kMaxEventTargetListeners] = n;
      require('internal/web').setMaxListeners(t, n);
    }
    else throw errors().invalidArgType('eventTargets', ['EventEmitter', 'EventTarget'], t);
  }
}

function getMaxListenersOf(target) {
  if (target != null && typeof target.getMaxListeners === 'function') return maxListenersOf(target);
  if (target != null && typeof target.addEventListener === 'function') {
    return target[kMaxEventTargetListeners] === undefined ? defaultMaxListeners : target[kMaxEventTargetListeners];
  }
  throw errors().invalidArgType('emitter', ['EventEmitter', 'EventTarget'], target);
}

const kDispose = Symbol.dispose;

// addAbortListener calls listener once when signal aborts (in a microtask
// if it already has) and returns a disposable that removes it.
function addAbortListener(signal, listener) {
  if (signal === undefined) throw errors().invalidArgType('signal', 'AbortSignal', signal);
  errors().validateAbortSignal(signal, 'signal');
  errors().validateFunction(listener, 'listener');
  let remove;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, { once: true });
    remove = () => signal.removeEventListener('abort', listener);
  }
  return { __proto__: null, [kDispose]() { if (remove) remove(); } };
}

// EventEmitterAsyncResource is an EventEmitter whose listeners run in the
// async scope of its own AsyncResource (async_hooks sees init, before and
// after around each emit, destroy on emitDestroy).
const kEventEmitter = Symbol('kEventEmitter');
let AsyncResourceClass;
let ReferencingResource;
function referencingResource() {
  if (ReferencingResource === undefined) {
    AsyncResourceClass = require('async_hooks').AsyncResource;
    ReferencingResource = class EventEmitterReferencingAsyncResource extends AsyncResourceClass {
      constructor(ee, type, options) {
        super(type, options);
        this[kEventEmitter] = ee;
      }
      get eventEmitter() {
        if (this[kEventEmitter] === undefined) throw invalidThis('EventEmitterReferencingAsyncResource');
        return this[kEventEmitter];
      }
    };
  }
  return ReferencingResource;
}

function invalidThis(type) {
  return codedError(TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
}

class EventEmitterAsyncResource extends EventEmitter {
  constructor(options = undefined) {
    let name;
    if (typeof options === 'string') {
      name = options;
      options = undefined;
    } else {
      if (new.target === EventEmitterAsyncResource) {
        errors().validateString(options && options.name, 'options.name');
      }
      name = (options && options.name) || new.target.name;
    }
    super(options);
    const Resource = referencingResource();
    this[kAsyncResource] = new Resource(this, name, options);
  }
  emit(event, ...args) {
    if (this[kAsyncResource] === undefined) throw invalidThis('EventEmitterAsyncResource');
    const resource = this[kAsyncResource];
    return resource.runInAsyncScope(super.emit, this, event, ...args);
  }
  emitDestroy() {
    if (this[kAsyncResource] === undefined) throw invalidThis('EventEmitterAsyncResource');
    this[kAsyncResource].emitDestroy();
  }
  get asyncId() {
    if (this[kAsyncResource] === undefined) throw invalidThis('EventEmitterAsyncResource');
    return this[kAsyncResource].asyncId();
  }
  get triggerAsyncId() {
    if (this[kAsyncResource] === undefined) throw invalidThis('EventEmitterAsyncResource');
    return this[kAsyncResource].triggerAsyncId();
  }
  get asyncResource() {
    if (this[kAsyncResource] === undefined) throw invalidThis('EventEmitterAsyncResource');
    return this[kAsyncResource];
  }
}
const kAsyncResource = Symbol('kAsyncResource');

module.exports = EventEmitter;
const statics = {
  addAbortListener, once, on, getEventListeners, getMaxListeners: getMaxListenersOf, EventEmitter,
  usingDomains: false, captureRejectionSymbol: kRejection,
};
for (const k of Object.keys(statics)) {
  Object.defineProperty(EventEmitter, k, { value: statics[k], writable: true, enumerable: true, configurable: true });
}
// captureRejections was defined above; re-define it to keep Node's key order.
const capDesc = Object.getOwnPropertyDescriptor(EventEmitter, 'captureRejections');
delete EventEmitter.captureRejections;
Object.defineProperty(EventEmitter, 'captureRejections', capDesc);
Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  enumerable: true, configurable: true, get() { return EventEmitterAsyncResource; },
});
EventEmitter.errorMonitor = kErrorMonitor;
const dmlDesc = Object.getOwnPropertyDescriptor(EventEmitter, 'defaultMaxListeners');
delete EventEmitter.defaultMaxListeners;
Object.defineProperty(EventEmitter, 'defaultMaxListeners', dmlDesc);
Object.defineProperty(EventEmitter, 'kMaxEventTargetListeners', { value: kMaxEventTargetListeners });
Object.defineProperty(EventEmitter, 'kMaxEventTargetListenersWarned', { value: Symbol('events.maxEventTargetListenersWarned') });
EventEmitter.setMaxListeners = setMaxListeners;
const initDesc = Object.getOwnPropertyDescriptor(EventEmitter, 'init');
delete EventEmitter.init;
Object.defineProperty(EventEmitter, 'init', initDesc);
const lcDesc = Object.getOwnPropertyDescriptor(EventEmitter, 'listenerCount');
delete EventEmitter.listenerCount;
Object.defineProperty(EventEmitter, 'listenerCount', lcDesc);
