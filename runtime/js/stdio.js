'use strict';
// process.stdin/stdout/stderr. With the stream module present they are real
// Readable/Writable streams; writes are synchronous, as Node's are for
// files and terminals, so they interleave correctly with console. (On a
// pipe node writes what the pipe takes at once and queues the rest, its
// write() turning false past the high-water mark; here a full pipe makes
// the write wait for the reader.) A plain write(chunk) is served natively
// (the stand-in's and serveWrites'), the per-line path of a script.
const native = internalBinding('stdio');

// kFailed carries the error of a write the stand-in already attempted
// over to the real stream, which reports it instead of writing again.
const kFailed = Symbol('kFailed');

// dummyDestroy is Node's _destroy for stdout/stderr: the error reaches
// the write callbacks and one 'error' event, then the stream is usable
// again, so a later write fails (and is reported) on its own.
function dummyDestroy(err, cb) {
  cb(err);
  this._undestroy();
  if (!this._writableState.emitClose) process.nextTick(() => this.emit('close'));
}

// makeTTYWritable returns Node's stdout/stderr for a terminal: a
// tty.WriteStream whose size follows the window (SIGWINCH), or null when
// the host has no tty module.
function makeTTYWritable(fd) {
  let tty;
  try {
    tty = require('tty');
  } catch (e) {
    return null;
  }
  const w = new tty.WriteStream(fd);
  w._type = 'tty';
  w.fd = fd;
  w._isStdio = true;
  w._destroy = dummyDestroy;
  // As node 20's stdout on a terminal: Writable's destroy, which fails
  // pending write and end() callbacks.
  w.destroy = require('stream').Writable.prototype.destroy;
  w.destroySoon = w.destroy;
  // A write the fast path already attempted reports its error here.
  const ttyWrite = w._write;
  w._write = function _write(chunk, encoding, cb) {
    const err = this[kFailed];
    if (err) {
      this[kFailed] = null;
      cb(err);
      return;
    }
    ttyWrite.call(this, chunk, encoding, cb);
  };
  process.on('SIGWINCH', () => w._refreshSize());
  return w;
}

// outEntry and errEntry are how process.stdout and process.stderr were
// built: the stream the process got, real (the Writable behind it, null
// while a stand-in has not built it) and write, the method a write to
// the untouched stream resolves to.
let outEntry = null;
let errEntry = null;

function register(fd, stream, real) {
  const e = { fd, stream, real, write: real === null ? undefined : real.write };
  if (fd === 1) outEntry = e;
  else errEntry = e;
  return e;
}

// writeDirect writes s natively and returns true when stream is the
// process's own stdout or stderr, nobody replaced its write (on it or on
// its prototypes) and it is open, uncorked and idle, so that this is what
// stream.write(s) would do; otherwise it returns false.
exports.writeDirect = function writeDirect(stream, s) {
  let e = outEntry;
  if (e === null || e.stream !== stream) {
    e = errEntry;
    if (e === null || e.stream !== stream) return false;
  }
  const w = e.real;
  // A stand-in with no Writable behind it is untouched: any change to it
  // builds the Writable.
  if (w !== null) {
    if (w.write !== e.write) return false;
    const st = w._writableState;
    if (st !== undefined && (st.length !== 0 || st.corked !== 0 || st.ended || st.destroyed)) return false;
  }
  native.writeString(e.fd, s);
  return true;
};

// writeFailed holds, per descriptor, how a write attempted natively that
// failed is reported: through the Writable's own write, which takes the
// error (kFailed) instead of writing again.
const writeFailed = [];

// serveWrites gives w, the Writable of stdout or stderr (fd), a native
// write (runtime's stdWritable): a plain write(chunk) to the idle stream
// is written at once, as the Writable's own write would; anything else
// goes through the Writable. alias is the stand-in standing for w.
function serveWrites(w, fd, alias) {
  const writableWrite = w.write;
  const failed = (err, chunk) => {
    w[kFailed] = err;
    return writableWrite.call(w, chunk);
  };
  writeFailed[fd] = failed;
  Object.defineProperty(w, 'write', {
    __proto__: null,
    value: native.serveWrites(fd, w, alias, writableWrite, failed),
    writable: true,
    configurable: true,
    enumerable: false,
  });
}

function makeWritable(fd, alias) {
  if (native.kind(fd) === 'tty') {
    const w = makeTTYWritable(fd);
    if (w !== null) {
      serveWrites(w, fd, alias);
      return w;
    }
  }
  let stream;
  try {
    stream = require('stream');
  } catch (e) {
    stream = null;
  }
  let w;
  if (stream) {
    const write = (chunk, encoding, cb) => {
      let err = w[kFailed];
      if (err) w[kFailed] = null;
      else err = native.write(fd, chunk, encoding);
      cb(err || undefined);
    };
    // Node's stdout on a pipe is a net.Socket; the name shows in its
    // reports ("Emitted 'error' event on Socket instance at:").
    if (native.kind(fd) === 'pipe') {
      class Socket extends stream.Writable {}
      w = new Socket({ decodeStrings: false, write });
    } else {
      w = new stream.Writable({ decodeStrings: false, write });
    }
    w._type = 'pipe';
    w._destroy = dummyDestroy;
    serveWrites(w, fd, alias);
  } else {
    const EventEmitter = require('events');
    w = new EventEmitter();
    w.write = (chunk, encoding, cb) => {
      if (typeof encoding === 'function') cb = encoding;
      const err = native.write(fd, chunk, typeof encoding === 'string' ? encoding : 'utf8');
      if (err) process.nextTick(() => w.emit('error', err));
      if (cb) process.nextTick(cb, err);
      return true;
    };
    w.end = (chunk, encoding, cb) => {
      if (chunk != null && typeof chunk !== 'function') w.write(chunk, encoding);
      if (typeof chunk === 'function') chunk();
      else if (typeof encoding === 'function') encoding();
      else if (typeof cb === 'function') cb();
    };
    w._destroy = function (err, cb) { cb(err); };
  }
  w.fd = fd;
  // Node's stdout and stderr are never readable, whatever they are (a
  // file's SyncWriteStream, a pipe's Socket, a terminal's WriteStream).
  w.readable = false;
  w.isTTY = native.isTTY(fd) || undefined;
  if (w.isTTY) {
    const size = native.windowSize(fd);
    w.columns = size[0];
    w.rows = size[1];
    w.getWindowSize = () => native.windowSize(fd);
    const { getColorDepth, hasColors } = require('internal/tty');
    w.hasColors = hasColors;
    w.getColorDepth = getColorDepth;
  }
  // Node's stdout and stderr are never closed by end().
  w.destroySoon = w.destroy;
  return w;
}

// makeTTYReadable returns Node's stdin for a terminal: a tty.ReadStream
// that, as makeReadable's stream, stops reading once paused and serves
// readline's diversion; null when the host has no tty module.
function makeTTYReadable() {
  let tty;
  try {
    tty = require('tty');
  } catch (e) {
    return null;
  }
  const r = new tty.ReadStream(0);
  r.fd = 0;
  const readerOf = r[Symbol.for('jsproc.tty.reader')];
  r.on('pause', () => process.nextTick(() => {
    const reader = readerOf(false);
    if (reader && !r.readableFlowing && !r.destroyed) {
      r._readableState.reading = false;
      reader.pause(true);
    }
  }));
  r[Symbol.for('jsproc.stream.divert')] = (diverter) => {
    if (r.destroyed) return false;
    return readerOf(true).divert(diverter);
  };
  return r;
}

function makeReadable() {
  if (native.kind(0) === 'tty') {
    const r = makeTTYReadable();
    if (r !== null) return r;
  }
  const stream = require('stream');
  let reader = null;
  const open = () => {
    reader = native.openStdin((chunk, err) => {
      if (err) r.destroy(err);
      else if (chunk === null) r.push(null);
      else if (!r.push(chunk)) reader.pause();
    });
  };
  const r = new stream.Readable({
    highWaterMark: 64 * 1024,
    read() {
      if (reader === null) open();
      else reader.resume();
    },
    destroy(err, cb) {
      if (reader) reader.close();
      cb(err);
    },
  });
  r.fd = 0;
  r.isTTY = native.isTTY(0) || undefined;
  if (r.isTTY) {
    r.isRaw = false;
    r.setRawMode = (mode) => {
      native.setRawMode(!!mode);
      r.isRaw = !!mode;
      return r;
    };
  }
  // A paused stdin releases the loop, as in Node.
  const pause = r.pause;
  r.pause = function () {
    if (reader) reader.pause(true);
    return pause.call(this);
  };
  // A read the stream starts after the pause (a resume() just before it
  // schedules one) stops one tick after 'pause', as node's stdin does, so
  // a paused stdin never holds the loop.
  r.on('pause', () => process.nextTick(() => {
    if (reader && !r.readableFlowing && !r.destroyed) {
      r._readableState.reading = false;
      reader.pause(true);
    }
  }));
  // A consumer that reads stdin in Go (readline) takes its bytes here;
  // false once stdin is destroyed or its input has ended.
  r[Symbol.for('jsproc.stream.divert')] = (diverter) => {
    if (r.destroyed) return false;
    if (reader === null) open();
    return reader.divert(diverter);
  };
  r.unref = () => { if (reader) reader.unref(); return r; };
  r.ref = () => { if (reader) reader.ref(); return r; };
  return r;
}

// makeLazyWritable returns process.stdout/stderr as a stand-in that serves
// write(), fd and isTTY itself and builds the real Writable (loading the
// stream module, the costly part of a short script's start) on first use
// of anything else. From then on every operation goes to the real stream;
// the stand-in stays process.stdout/stderr, so identity checks (a pipe
// never ends process.stdout) keep holding.
function makeLazyWritable(fd) {
  let real = null;
  let entry;
  const upgrade = () => {
    if (real === null) {
      real = makeWritable(fd, proxy);
      entry.real = real;
      entry.write = real.write;
      built(real);
    }
    return real;
  };
  function write(chunk, encoding, cb) {
    if (real !== null || (typeof chunk !== 'string' && !(chunk instanceof Uint8Array))) {
      // The stream's own write, even when the script replaced real.write
      // (with this function, say, taken before the replacement).
      const w = upgrade();
      return entry.write.call(w, chunk, encoding, cb);
    }
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    const err = native.write(fd, chunk, typeof encoding === 'string' ? encoding : 'utf8');
    if (err) {
      // The real stream reports the failure as Node's does.
      const r = upgrade();
      r[kFailed] = err;
      return r.write(chunk, encoding, cb);
    }
    if (typeof cb === 'function') process.nextTick(cb, null);
    return true;
  }
  // failed reports a write the native write (below) attempted.
  function failed(err, chunk) {
    const r = upgrade();
    const f = writeFailed[fd];
    if (f !== undefined) return f(err, chunk);
    // A stream without the stream module reports as its own write does.
    process.nextTick(() => r.emit('error', err));
    return true;
  }
  // Only a stream that is no terminal gets a stand-in. Its get trap and
  // its write(chunk) are native: they are the path of every
  // process.stdout.write; write is the rest of the cases.
  const own = { __proto__: null, write, fd, isTTY: undefined };
  const target = {};
  const [get, built] = native.standIn(fd, own, upgrade, write, failed);
  const proxy = new Proxy(target, {
    get,
    set(t, key, value) { return Reflect.set(upgrade(), key, value); },
    has(t, key) { return Reflect.has(upgrade(), key); },
    deleteProperty(t, key) { return Reflect.deleteProperty(upgrade(), key); },
    getPrototypeOf() { return Reflect.getPrototypeOf(upgrade()); },
    setPrototypeOf(t, proto) { return Reflect.setPrototypeOf(upgrade(), proto); },
    ownKeys() { return Reflect.ownKeys(upgrade()); },
    getOwnPropertyDescriptor(t, key) {
      const d = Reflect.getOwnPropertyDescriptor(upgrade(), key);
      if (d) d.configurable = true; // the target holds none; keep the proxy invariants
      return d;
    },
    defineProperty(t, key, desc) { return Reflect.defineProperty(upgrade(), key, desc); },
  });
  entry = register(fd, proxy, null);
  return proxy;
}

exports.make = function make(fd) {
  if (fd === 0) return makeReadable();
  // A terminal's stream is built at once, as node's: from then on its
  // size follows the window.
  if (native.isTTY(fd)) {
    const w = makeWritable(fd);
    if (fd === 1 || fd === 2) register(fd, w, w);
    return w;
  }
  return makeLazyWritable(fd);
};
