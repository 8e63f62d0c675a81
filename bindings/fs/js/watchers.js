'use strict';
// fs.watch's FSWatcher over the binding's inotify watch.
const binding = internalBinding('fs');
const EventEmitter = require('events');
const { Buffer } = require('buffer');
const errors = require('internal/errors');
const { toPath, makeStats } = require('internal/fs/utils');

// FSWatcher is what fs.watch returns: 'change' (eventType, filename),
// 'error' and 'close'.
class FSWatcher extends EventEmitter {
  constructor() {
    super();
    this._handle = null;
  }

  // start watches filename; a path that cannot be watched throws node's
  // error for syscall watch, with filename set.
  start(filename, persistent, recursive, encoding) {
    if (this._handle !== null) return;
    filename = toPath(filename, 'filename');
    const self = this;
    let handle;
    try {
      handle = binding.watch(filename, recursive === true, persistent === true, function onchange(eventType, name) {
        if (self._handle !== handle) return;
        if (typeof eventType !== 'string') {
          self._handle = null;
          handle.close();
          eventType.filename = filename;
          self.emit('error', eventType);
          return;
        }
        self.emit('change', eventType, encoding === 'buffer' ? name : name.toString(encoding || 'utf8'));
      });
    } catch (e) {
      if (e && e.syscall === 'watch') {
        // node's UVException lists errno, syscall, code, path, filename.
        const { code, path } = e;
        delete e.syscall;
        delete e.code;
        delete e.path;
        e.syscall = 'watch';
        e.code = code;
        e.path = path;
        e.filename = filename;
      }
      throw e;
    }
    this._handle = handle;
  }

  close() {
    if (this._handle === null) return;
    const handle = this._handle;
    this._handle = null;
    handle.close();
    process.nextTick(emitCloseNT, this);
  }

  ref() {
    if (this._handle !== null) this._handle.ref();
    return this;
  }

  unref() {
    if (this._handle !== null) this._handle.unref();
    return this;
  }
}

function emitCloseNT(self) {
  self.emit('close');
}

// StatWatcher is what fs.watchFile returns: it stats its file every
// interval milliseconds and emits 'change' (curr, prev) when the result
// differs, as libuv's fs poll does: the first stat sets the baseline,
// a failure is reported once (curr zeroed) until the file is back, and
// prev is always the last successful stat. stop() ends it ('stop').
class StatWatcher extends EventEmitter {
  constructor(bigint) {
    super();
    this._handle = null;
    Object.defineProperty(this, kBigint, { value: bigint === true, writable: true });
  }

  start(filename, persistent, interval) {
    if (this._handle !== null) return;
    interval = Number(interval) >>> 0;
    const bigint = this[kBigint];
    const zero = () => makeStats(new Float64Array(18), bigint);
    const fs = require('fs');
    const self = this;
    const poll = {
      timer: null, refed: persistent === true, busy: 0, last: zero(), started: 0, stopped: false,
      ref() { this.refed = true; if (this.timer) this.timer.ref(); },
      unref() { this.refed = false; if (this.timer) this.timer.unref(); },
      close() {
        this.stopped = true;
        if (this.timer) clearTimeout(this.timer);
      },
    };
    const schedule = () => {
      const elapsed = Date.now() - poll.started;
      poll.timer = setTimeout(statOnce, interval === 0 ? 0 : interval - (elapsed % interval));
      if (!poll.refed) poll.timer.unref();
    };
    const statOnce = () => {
      poll.timer = null;
      poll.started = Date.now();
      fs.stat(filename, { bigint }, (err, st) => {
        if (poll.stopped) return;
        if (err) {
          const status = typeof err.errno === 'number' ? err.errno : -1;
          if (poll.busy !== status) {
            poll.busy = status;
            self.emit('change', zero(), poll.last);
          }
        } else {
          if (poll.busy < 0 || (poll.busy !== 0 && !sameStats(poll.last, st))) {
            self.emit('change', st, poll.last);
          }
          poll.last = st;
          poll.busy = 1;
        }
        if (!poll.stopped) schedule();
      });
    };
    this._handle = poll;
    statOnce();
  }

  stop() {
    if (this._handle === null) return;
    this._handle.close();
    this._handle = null;
    process.nextTick(emitStopNT, this);
  }

  ref() {
    if (this._handle !== null) this._handle.ref();
    return this;
  }

  unref() {
    if (this._handle !== null) this._handle.unref();
    return this;
  }
}

const kBigint = Symbol('kBigint');

// sameStats compares what libuv's fs poll compares.
function sameStats(a, b) {
  return a.ctimeMs === b.ctimeMs && a.mtimeMs === b.mtimeMs && a.birthtimeMs === b.birthtimeMs &&
    a.size === b.size && a.mode === b.mode && a.uid === b.uid && a.gid === b.gid &&
    a.ino === b.ino && a.dev === b.dev;
}

function emitStopNT(self) {
  self.emit('stop');
}

// watchAsync is fs.promises.watch: an async iterator of {eventType,
// filename}. As node's async generator it starts nothing until the first
// next(), which also reports bad arguments and a path that cannot be
// watched; it keeps the first event that arrives while none is awaited.
function watchAsync(filename, options = {}) {
  let started = false;
  let finished = false;
  let watcher = null;
  let signal;
  let deferred = null;
  let onAbort = null;
  let chain = Promise.resolve();

  const cleanup = () => {
    finished = true;
    if (watcher !== null) watcher.close();
    watcher = null;
    if (signal && onAbort) signal.removeEventListener('abort', onAbort);
  };
  const arm = () => {
    deferred = {};
    deferred.promise = new Promise((resolve, reject) => {
      deferred.resolve = resolve;
      deferred.reject = reject;
    });
    // An unawaited rejection (an error after the consumer stopped) is
    // handled by the iterator, not reported.
    deferred.promise.catch(() => {});
  };
  const start = () => {
    const path = toPath(filename);
    errors.validateObject(options, 'options');
    const { persistent = true, recursive = false, encoding = 'utf8' } = options;
    signal = options.signal;
    errors.validateBoolean(persistent, 'options.persistent');
    errors.validateBoolean(recursive, 'options.recursive');
    if (signal !== undefined) errors.validateAbortSignal(signal, 'options.signal');
    // node 20 names the arguments the other way round here, and takes
    // no 'buffer' encoding.
    if (encoding && !Buffer.isEncoding(encoding)) {
      throw errors.invalidArgValue(encoding, 'encoding', 'is invalid encoding');
    }
    if (signal && signal.aborted) throw errors.abortError(signal.reason);
    arm();
    onAbort = () => {
      if (watcher !== null) watcher.close();
      deferred.reject(errors.abortError(signal.reason));
    };
    if (signal) signal.addEventListener('abort', onAbort, { once: true });
    watcher = new FSWatcher();
    watcher.on('change', (eventType, name) => deferred.resolve({ eventType, filename: name }));
    watcher.on('error', (err) => deferred.reject(err));
    watcher.start(path, persistent, recursive, encoding);
  };
  const step = async () => {
    if (finished) return { value: undefined, done: true };
    try {
      if (!started) {
        started = true;
        start();
      } else {
        arm();
      }
      if (signal && signal.aborted) throw errors.abortError(signal.reason);
      const value = await deferred.promise;
      return { value, done: false };
    } catch (e) {
      cleanup();
      throw e;
    }
  };
  const iterator = {
    next() {
      const p = chain.then(step);
      chain = p.catch(() => {});
      return p;
    },
    return(value) {
      const p = chain.then(() => {
        cleanup();
        return { value, done: true };
      });
      chain = p.catch(() => {});
      return p;
    },
    throw(err) {
      const p = chain.then(() => {
        cleanup();
        throw err;
      });
      chain = p.catch(() => {});
      return p;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return iterator;
}

module.exports = { FSWatcher, StatWatcher, watchAsync };
