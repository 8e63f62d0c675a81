'use strict';
// child_process: Node's API over the Go start-up layer. Processes start in
// Go (internalBinding('child_process')); this file validates arguments as
// node does, builds ChildProcess objects and their stdio streams, and
// implements exec/execFile on top; argument checks are in normalize.js and
// the synchronous forms in sync.js.
const native = internalBinding('child_process');
const EventEmitter = require('events');
const { Buffer } = require('buffer');
const errors = require('internal/errors');
const { invalidArgType, invalidArgValue, outOfRange, makeNodeError } = errors;

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
const kDivert = Symbol.for('jsproc.stream.divert');

let streamModule;
function stream() {
  if (streamModule === undefined) streamModule = require('stream');
  return streamModule;
}

const {
  errnoException, validateString, validateArgumentNullCheck, validateTimeout, validateMaxBuffer,
  convertToValidSignal, sanitizeKillSignal, inspectBuffer, normalizeSpawnArguments, getValidStdio,
  normalizeExecArgs, normalizeExecFileArgs, genericNodeError, MAX_BUFFER,
} = require('internal/child_process/normalize');
const { spawnSync, execSync, execFileSync } = require('internal/child_process/sync')(native);

// ---- stdio streams ------------------------------------------------------------

const kPipeHandle = Symbol('kPipeHandle');
const kIsUsedAsStdio = Symbol('kIsUsedAsStdio');
let Socket;
// makeSocketClass builds the stream type of a child's piped descriptors:
// a Duplex over the Go pipe, named Socket as node's net.Socket is.
function makeSocketClass() {
  const { Duplex } = stream();
  class PipeSocket extends Duplex {
    constructor(child, fd, readable) {
      // 'close' is emitted by _destroy, with hadError as net.Socket's.
      // Strings are written as they are (in Go), as node's sockets do.
      super({ allowHalfOpen: false, readable, writable: true, highWaterMark: 16384, emitClose: false, decodeStrings: false });
      this._child = child;
      this._fd = fd;
      this._readableSide = readable;
      this._reading = false;
      this._pendingWrites = 0;
      // While a write started by write()'s fast path is in flight, the
      // pipe's appender (Go) takes later writes and counts their bytes;
      // the Writable's state catches up in syncFast.
      this._fastWrite = null;
      this._fastDone = undefined;
      this._appender = undefined;
    }
    _read() {
      const h = this._child._handle || this._child._lateHandle;
      if (h) h.readStart(this._fd);
    }
    // write passes a write with no callback straight to Go when the
    // stream has nothing buffered, keeping the Writable's state as its own
    // write would: complete at once, or the write in flight (a later one
    // joins it in Go rather than waiting in the Writable's buffer).
    write(chunk, encoding, cb) {
      // As the Writable's write it stands for, it writes to any stream.
      if (!(this instanceof PipeSocket)) return DuplexWrite.call(this, chunk, encoding, cb);
      const fast = this._fastWrite;
      if (fast !== null && encoding === undefined && cb === undefined) {
        const r = fast(chunk);
        if (r === true) return true;
        if (r === false) {
          this._writableState.needDrain = true;
          return false;
        }
      }
      const state = this._writableState;
      if (encoding === undefined && cb === undefined && state.bufferedIndex === state.buffered.length &&
          !state.corked && !state.ending && !state.destroyed && !state.errored) {
        const h = this._child._handle;
        const isString = typeof chunk === 'string';
        if (h && this._fd !== 1 && this._fd !== 2 &&
            (isString ? state.defaultEncoding === 'utf8' : chunk instanceof Buffer)) {
          const len = chunk.length;
          if (!state.writing) {
            let done = this._fastDone;
            if (done === undefined) done = this._fastDone = (err, total) => fastDone(this, err, total);
            const r = h.writeFast(this._fd, chunk, done, state.highWaterMark);
            if (r === 0) return true;
            return fastStarted(this, state, h, r, len);
          } else if (h.append(this._fd, chunk)) {
            state.length += len;
            state.writelen += len;
          } else {
            return slowWrite(this, chunk, encoding, cb);
          }
          const ret = state.length < state.highWaterMark;
          if (!ret) state.needDrain = true;
          return ret && !state.errored && !state.destroyed;
        }
      }
      return slowWrite(this, chunk, encoding, cb);
    }
    cork() {
      leaveFast(this);
      return DuplexCork.call(this);
    }
    end(chunk, encoding, cb) {
      leaveFast(this);
      return DuplexEnd.call(this, chunk, encoding, cb);
    }
    setDefaultEncoding(encoding) {
      leaveFast(this);
      return DuplexSetDefaultEncoding.call(this, encoding);
    }
    get writableLength() {
      syncFast(this);
      return this._writableState.length;
    }
    _write(chunk, encoding, cb) {
      const h = this._child._handle;
      if (!h || this._fd === 1 || this._fd === 2) {
        return cb(errnoException(-32, 'write'));
      }
      if (typeof chunk === 'string' && encoding !== 'utf8' && encoding !== 'utf-8') chunk = Buffer.from(chunk, encoding);
      const r = h.write(this._fd, chunk, cb);
      if (r === 0) cb();
      else if (r < 0) cb(errnoException(r, 'write'));
    }
    _writev(chunks, cb) {
      const h = this._child._handle;
      if (!h || this._fd === 1 || this._fd === 2) {
        return cb(errnoException(-32, 'write'));
      }
      let r = h.writev(this._fd, chunks, cb);
      if (r === kWritevEncoding) {
        chunks = chunks.map(({ chunk, encoding }) => ({ chunk: typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk, encoding: 'buffer' }));
        r = h.writev(this._fd, chunks, cb);
      }
      if (r === 0) cb();
      else if (r < 0) cb(errnoException(r, 'write'));
    }
    _final(cb) {
      // A failed child's stdin never completes its shutdown: the pipe is
      // destroyed first, and end()'s callback gets ERR_STREAM_DESTROYED.
      const st = this._child._stdioState;
      if (this._fd === 0 && st !== undefined && st.failed) return;
      const h = this._child._handle;
      if (!h || this._fd === 1 || this._fd === 2) return cb();
      if (h.shutdown(this._fd, () => cb())) process.nextTick(cb);
    }
    _destroy(err, cb) {
      const h = this._child._handle || this._child._lateHandle;
      const pending = !!h && h.closePipe(this._fd);
      cb(err);
      const st = this._child._stdioState;
      if (pending) cancelWritesAndClose(this, h, !!err);
      else if (st !== undefined && st.failed) deferClose(this, !!err);
      else process.nextTick(emitSocketClose, this, !!err);
    }
    // A consumer that reads the pipe in Go (readline) takes its bytes
    // here; false when the pipe cannot be diverted.
    [kDivert](diverter) {
      const h = this._child._handle;
      return !!h && this._readableSide && h.divert(this._fd, diverter);
    }
    // _handle is the pipe as a handle, as node's Pipe: what another
    // spawn's stdio takes to give its child this descriptor (dupFd), the
    // parent then reading no more of it (readStop).
    get _handle() {
      let handle = this[kPipeHandle];
      if (handle === undefined) {
        const sock = this;
        const native = () => sock._child._handle || sock._child._lateHandle;
        handle = this[kPipeHandle] = {
          reading: false,
          dupFd() {
            const h = native();
            return h ? h.dupPipe(sock._fd) : -9; // EBADF
          },
          readStop(now) {
            const h = native();
            if (h) {
              if (now) h.readStopNow(sock._fd);
              else h.readStop(sock._fd);
            }
            return 0;
          },
        };
      }
      return handle;
    }
    set _handle(v) {
      this[kPipeHandle] = v;
    }
    ref() {
      const h = this._child._handle || this._child._lateHandle;
      if (h) h.pipeRef(this._fd, true);
      return this;
    }
    unref() {
      const h = this._child._handle || this._child._lateHandle;
      if (h) h.pipeRef(this._fd, false);
      return this;
    }
  }
  // write(chunk) while a write is in flight is served natively (Go's
  // pipeWrite, which calls the appender); the rest by the method above.
  Object.defineProperty(PipeSocket.prototype, 'write', {
    __proto__: null,
    value: native.pipeWrite(PipeSocket.prototype.write, fastStarted, Buffer.prototype),
    writable: true,
    configurable: true,
    enumerable: false,
  });
  // As node 20's Duplex: Writable's destroy, which fails pending write
  // and end() callbacks.
  const WritableDestroy = stream().Writable.prototype.destroy;
  PipeSocket.prototype.destroy = function destroy(err, cb) {
    leaveFast(this);
    return WritableDestroy.call(this, err, cb);
  };
  const DuplexWrite = Duplex.prototype.write;
  const DuplexCork = Duplex.prototype.cork;
  const DuplexEnd = Duplex.prototype.end;
  const DuplexSetDefaultEncoding = Duplex.prototype.setDefaultEncoding;
  slowWrite = (sock, chunk, encoding, cb) => {
    leaveFast(sock);
    return DuplexWrite.call(sock, chunk, encoding, cb);
  };
  Object.defineProperty(PipeSocket, 'name', { value: 'Socket' });
  return PipeSocket;
}

function nop() {}

// cancelWritesAndClose completes the writes a destroyed pipe had pending
// (with no error, as node does once the pipe is closed), then emits its
// 'close': where node does, in the loop's close phase, after the
// immediates of the turn.
function cancelWritesAndClose(sock, h, hadError) {
  setImmediate(() => native.queueTask(() => {
    h.cancelWrites(sock._fd);
    emitSocketClose(sock, hadError);
  }));
}

// slowWrite is a write through the Writable's own write (makeSocketClass).
let slowWrite;

// syncFast brings a pipe's Writable state up to date with the write in
// flight that the pipe's appender grows: its length counts every byte
// appended.
function syncFast(sock) {
  if (sock._fastWrite === null) return;
  const h = sock._child._handle || sock._child._lateHandle;
  const t = h ? h.fastLen(sock._fd) : -1;
  if (t < 0) return;
  const state = sock._writableState;
  state.length += t - state.writelen;
  state.writelen = t;
}

// leaveFast syncs the state and sends later writes through the
// Writable's path, before the script or the stream changes the state.
function leaveFast(sock) {
  if (sock._fastWrite === null) return;
  syncFast(sock);
  sock._fastWrite = null;
}

// fastStarted keeps the Writable's state after write()'s fast path gave
// chunk (len units) to the pipe and writeFast answered r, not 0: the
// write is in flight (the appender takes later ones), or it failed at
// once (r < 0). It returns what write() returns. Go's idle path (pipeWrite)
// calls it too.
function fastStarted(sock, state, h, r, len) {
  state.pendingcb++;
  state.length += len;
  state.writelen = len;
  state.writecb = nop;
  state.writing = true;
  // As after the Writable's own write: the completion comes later.
  state.sync = false;
  if (r < 0) {
    state.sync = true;
    state.onwrite(errnoException(r, 'write'));
    state.sync = false;
  } else {
    let a = sock._appender;
    if (a === undefined) a = sock._appender = h.appender(sock._fd);
    if (typeof a === 'function') sock._fastWrite = a;
  }
  const ret = state.length < state.highWaterMark;
  if (!ret) state.needDrain = true;
  return ret && !state.errored && !state.destroyed;
}

// fastDone completes a write started by write()'s fast path, total being
// its length with everything appended to it.
function fastDone(sock, err, total) {
  sock._fastWrite = null;
  const state = sock._writableState;
  state.length += total - state.writelen;
  state.writelen = total;
  state.onwrite(err);
}

// kWritevEncoding is the handle's writev answer to a string in an
// encoding other than UTF-8 (childprocess.errWritevEncoding).
const kWritevEncoding = -100000;

function emitSocketClose(sock, hadError) {
  sock.emit('close', hadError);
}

// closing holds failed children's pipes whose 'close' waits for the
// loop's close phase: pairs of socket and hadError.
let closing = [];

// deferClose emits a failed child's pipe's 'close' where node emits it,
// from the handle's close callback: after the immediates of the loop turn,
// the last pipe closed first (of every child).
function deferClose(sock, hadError) {
  closing.push(sock, hadError);
  if (closing.length > 2) return;
  // An immediate, then a loop task: after every immediate of this turn.
  setImmediate(() => native.queueTask(() => {
    const c = closing;
    closing = [];
    for (let i = c.length - 2; i >= 0; i -= 2) emitSocketClose(c[i], c[i + 1]);
  }));
}

// Start failures node reports as the child's 'error'; it throws the others.
const emittedErrnos = ['EACCES', 'EAGAIN', 'EMFILE', 'ENFILE', 'ENOENT'];
// libuv's UV_UNKNOWN: a spawn handler's own error reaches the script so.
const UV_UNKNOWN = -4094;

function createSocket(child, fd, readable) {
  if (Socket === undefined) Socket = makeSocketClass();
  return new Socket(child, fd, readable);
}

// ---- ChildProcess -------------------------------------------------------------

function ChildProcess() {
  EventEmitter.call(this);
  this._closesNeeded = 1;
  this._closesGot = 0;
  this.connected = false;
  this.signalCode = null;
  this.exitCode = null;
  this.killed = false;
  this.spawnfile = null;
  this._handle = null;
}
Object.setPrototypeOf(ChildProcess.prototype, EventEmitter.prototype);
Object.setPrototypeOf(ChildProcess, EventEmitter);

function maybeClose(subprocess) {
  subprocess._closesGot++;
  if (subprocess._closesGot === subprocess._closesNeeded) {
    subprocess.emit('close', subprocess.exitCode, subprocess.signalCode);
  }
}

function flushStdio(subprocess) {
  const st = subprocess._stdioState;
  if (st === undefined) return;
  st.exited = true;
  const stdio = st.streams;
  for (let i = 0; i < stdio.length; i++) {
    const s = stdio[i];
    // A stream given to another child as its stdio is that child's to read.
    if (!s || !s.readable || s._readableState.readableListening || s[kIsUsedAsStdio]) continue;
    s.resume();
  }
}

function onExit(subprocess, exitCode, signalCode) {
  if (signalCode) subprocess.signalCode = signalCode;
  else subprocess.exitCode = exitCode;
  const st = subprocess._stdioState;
  if (st !== undefined && st.piped[0]) {
    if (st.streams[0]) st.streams[0].destroy();
    else {
      st.destroyed[0] = true;
      if (subprocess._handle) subprocess._handle.closePipe(0);
    }
  }
  subprocess._lateHandle = subprocess._handle;
  subprocess._handle = null;
  if (exitCode < 0) {
    const syscall = subprocess.spawnfile ? 'spawn ' + subprocess.spawnfile : 'spawn';
    const err = errnoException(exitCode, syscall);
    if (subprocess.spawnfile) err.path = subprocess.spawnfile;
    err.spawnargs = subprocess.spawnargs.slice(1);
    if (st !== undefined && st.cause !== undefined) {
      Object.defineProperty(err, 'cause', { value: st.cause, writable: true, configurable: true });
    }
    subprocess.emit('error', err);
  } else {
    subprocess.emit('exit', subprocess.exitCode, subprocess.signalCode);
  }
  process.nextTick(flushStdio, subprocess);
  maybeClose(subprocess);
}

ChildProcess.prototype.spawn = function spawn(options) {
  if (options === null || typeof options !== 'object') throw invalidArgType('options', 'object', options);
  const valid = getValidStdio(options.stdio || 'pipe', false);
  const stdio = options.stdio = valid.stdio;
  if (valid.ipc !== undefined) {
    // As node does, the child learns of its channel from the environment.
    const serialization = options.serialization || 'json';
    // The channel's provider reads the mode from the ChildProcess.
    Object.defineProperty(this, '_serialization', { value: serialization, configurable: true, writable: true });
    if (options.envPairs === undefined) options.envPairs = [];
    else if (!Array.isArray(options.envPairs)) throw invalidArgType('options.envPairs', 'Array', options.envPairs);
    options.envPairs.push('NODE_CHANNEL_FD=' + valid.ipc, 'NODE_CHANNEL_SERIALIZATION_MODE=' + serialization);
  }
  validateString(options.file, 'options.file');
  this.spawnfile = options.file;
  if (options.args === undefined) this.spawnargs = [];
  else if (!Array.isArray(options.args)) throw invalidArgType('options.args', 'Array', options.args);
  else this.spawnargs = options.args;

  const self = this;
  // The stdio streams are built when the script first touches them or
  // data arrives: most spawned children never have their streams used,
  // and each costs a stream construction.
  const st = {
    streams: new Array(stdio.length).fill(null),
    piped: stdio.map((s) => s.type === 'pipe'),
    ended: [],
    destroyed: [],
    exited: false,
    failed: false, // the start failed with an emitted error
    cause: undefined, // a spawn handler's own error
    array: null,
    onStream: null, // exec's: (fd, stream) when a stream is made
  };
  this._stdioState = st;
  const streamAt = (i) => {
    if (!st.piped[i]) return null;
    let sock = st.streams[i];
    if (sock) return sock;
    sock = st.streams[i] = createSocket(self, i, i > 0);
    if (i === 0) sock.readable = false;
    if (st.onStream !== null) st.onStream(i, sock);
    if (st.destroyed[i]) {
      sock.destroy();
    } else {
      if (i > 0) sock.on('close', () => maybeClose(self));
      if (st.ended[i]) sock.push(null);
      if (st.exited && i > 0) sock.resume();
    }
    return sock;
  };
  const spec = {
    file: options.file,
    args: options.args.map(String),
    cwd: options.cwd,
    envPairs: options.envPairs,
    stdio,
    detached: options.detached,
    uid: options.uid == null ? undefined : options.uid,
    gid: options.gid == null ? undefined : options.gid,
    owner: this,
    onexit(code, signal) {
      onExit(self, code, signal);
    },
    onread(fd, chunk, errno) {
      let s = st.streams[fd];
      if (!s) {
        if (chunk === null && errno === undefined) {
          // EOF on a stream nobody made: it ends and closes unseen.
          st.ended[fd] = true;
          if (fd > 0) process.nextTick(maybeClose, self);
          st.destroyed[fd] = true;
          return;
        }
        s = streamAt(fd);
      }
      if (chunk !== null) {
        if (!s.push(chunk)) {
          const h = self._handle || self._lateHandle;
          if (h) h.readStop(fd);
        }
      } else if (errno !== undefined) {
        s.destroy(errnoException(errno, 'read'));
      } else {
        s.push(null);
      }
    },
  };
  const res = native.spawn(spec);
  let err = 0;
  if (typeof res === 'number') {
    err = res;
    // As node: E2BIG, ENOTDIR and the like are thrown, with no path.
    if (!emittedErrnos.includes(native.errname(err))) throw errnoException(err, 'spawn');
  } else if (res instanceof Error && res.code === 'ERR_ACCESS_DENIED') {
    // A run policy refused the program: thrown at once, as node's
    // permission model does.
    throw res;
  } else if (res instanceof Error) {
    // A spawn handler refused the request with its own error: emitted
    // like a failed start, code UNKNOWN, the handler's error as cause.
    err = UV_UNKNOWN;
    st.cause = res;
  } else {
    this._handle = res;
    this.pid = res.pid();
    process.nextTick(() => self.emit('spawn'));
  }
  if (err !== 0) {
    // As under node, a failed child still has its pipes: writes fail with
    // EPIPE, output pipes read end-of-file (queued by native.spawn).
    st.failed = true;
    process.nextTick(() => onExit(self, err, null));
  }
  // A stream whose descriptor the child got stops reading here, as in
  // node, so that the two do not read it at once.
  for (const s of stdio) {
    if (s.type !== 'wrap') continue;
    s.handle.reading = false;
    if (typeof s.handle.readStop === 'function') s.handle.readStop(true);
    if (typeof s.stream.pause === 'function' && s.stream._readableState) {
      s.stream.pause();
      s.stream.readableFlowing = false;
      s.stream._readableState.reading = false;
    }
    s.stream[kIsUsedAsStdio] = true;
  }
  for (let i = 1; i < stdio.length; i++) if (st.piped[i]) this._closesNeeded++;
  // The channel (set up by native.spawn, even when the start failed with an
  // errno, as in node) counts as one more close: 'close' waits for the
  // channel to read EOF from the child.
  if (valid.ipc !== undefined && this.connected) this._closesNeeded++;
  const accessor = (i) => ({
    configurable: true,
    enumerable: true,
    get() {
      // Once read, a data property, as node's are (and cheaper to read).
      const v = i < stdio.length ? streamAt(i) : null;
      Object.defineProperty(self, ['stdin', 'stdout', 'stderr'][i], { value: v, writable: true, enumerable: true, configurable: true });
      return v;
    },
    set(v) {
      Object.defineProperty(self, ['stdin', 'stdout', 'stderr'][i], { value: v, writable: true, enumerable: true, configurable: true });
    },
  });
  Object.defineProperty(this, 'stdin', accessor(0));
  Object.defineProperty(this, 'stdout', accessor(1));
  Object.defineProperty(this, 'stderr', accessor(2));
  Object.defineProperty(this, 'stdio', {
    configurable: true,
    enumerable: true,
    get() {
      if (st.array === null) st.array = stdio.map((_, i) => streamAt(i));
      return st.array;
    },
    set(v) {
      Object.defineProperty(self, 'stdio', { value: v, writable: true, enumerable: true, configurable: true });
    },
  });
  // A failed child's pipes close on their own, as node's do: they are made
  // now rather than when first touched.
  if (st.failed) for (let i = 0; i < stdio.length; i++) streamAt(i);
  return err;
};

ChildProcess.prototype.kill = function kill(sig) {
  const signal = sig === 0 ? sig : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
  if (this._handle) {
    const err = this._handle.kill(signal);
    if (err === 0) {
      this.killed = true;
      return true;
    }
    const name = native.errname(err);
    if (name === 'ESRCH') {
      // Already dead.
    } else if (name === 'EINVAL' || name === 'ENOSYS') {
      throw errnoException(err, 'kill');
    } else {
      this.emit('error', errnoException(err, 'kill'));
    }
  }
  return false;
};

ChildProcess.prototype[Symbol.dispose] = function () {
  if (!this.killed) this.kill();
};

ChildProcess.prototype.ref = function ref() {
  if (this._handle) this._handle.ref();
};

ChildProcess.prototype.unref = function unref() {
  if (this._handle) this._handle.unref();
};

// ---- spawn ------------------------------------------------------------------------

function abortChildProcess(child, killSignal, reason) {
  if (!child) return;
  try {
    if (child.kill(killSignal)) child.emit('error', errors.abortError(reason));
  } catch (err) {
    child.emit('error', err);
  }
}

function spawn(file, args, options) {
  options = normalizeSpawnArguments(file, args, options);
  validateTimeout(options.timeout);
  errors.validateAbortSignal(options.signal, 'options.signal');
  const killSignal = sanitizeKillSignal(options.killSignal);
  const child = new ChildProcess();
  child.spawn(options);
  if (options.timeout > 0) {
    let timeoutId = setTimeout(() => {
      if (timeoutId) {
        try {
          child.kill(killSignal);
        } catch (err) {
          child.emit('error', err);
        }
        timeoutId = null;
      }
    }, options.timeout);
    child.once('exit', () => {
      if (timeoutId) {
        clearTimeout(timeoutId);
        timeoutId = null;
      }
    });
  }
  if (options.signal) {
    const signal = options.signal;
    const onAbort = () => abortChildProcess(child, killSignal, signal.reason);
    if (signal.aborted) {
      process.nextTick(onAbort);
    } else {
      signal.addEventListener('abort', onAbort, { once: true });
      child.once('exit', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return child;
}

// ---- exec / execFile ---------------------------------------------------------

// destroyStdio destroys a child's stdio stream without making it: a pipe
// nobody made is closed, and counts as closed on the next tick as a
// destroyed stream's 'close' would.
function destroyStdio(child, fd) {
  const st = child._stdioState;
  if (st === undefined || !st.piped[fd]) return;
  const s = st.streams[fd];
  if (s) {
    s.destroy();
    return;
  }
  if (st.destroyed[fd]) return;
  st.destroyed[fd] = true;
  const h = child._handle || child._lateHandle;
  if (h) h.closePipe(fd);
  if (fd > 0 && !st.ended[fd]) process.nextTick(maybeClose, child);
}

// normalizeEncoding is the name a StringDecoder gives encoding.
function normalizeEncoding(encoding) {
  switch (String(encoding).toLowerCase()) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    default: return String(encoding).toLowerCase();
  }
}

// collectedOutput is what exec's collector in Go gathered of one pipe,
// decoded in encoding (null: a Buffer).
function collectedOutput(h, fd, encoding) {
  const r = h.collected(fd, encoding || '');
  if (typeof r === 'string') return r;
  if (Buffer.isBuffer(r)) return encoding ? r.toString(encoding) : r;
  // maxBuffer was crossed by a decoded chunk: node keeps its first
  // r.trunc UTF-16 units.
  return r.buf.toString(encoding, 0, r.cross) + r.buf.toString(encoding, r.cross, r.end).slice(0, r.trunc);
}

function exec(command, options, callback) {
  const opts = normalizeExecArgs(command, options, callback);
  return module.exports.execFile(opts.file, opts.options, opts.callback);
}

function customPromiseExecFunction(orig) {
  return (...args) => {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    promise.child = orig(...args, (err, stdout, stderr) => {
      if (err !== null) {
        err.stdout = stdout;
        err.stderr = stderr;
        reject(err);
      } else {
        resolve({ stdout, stderr });
      }
    });
    return promise;
  };
}

function execFile(file, args, options, callback) {
  ({ file, args, options, callback } = normalizeExecFileArgs(file, args, options, callback));
  options = Object.assign({
    encoding: 'utf8', timeout: 0, maxBuffer: MAX_BUFFER, killSignal: 'SIGTERM',
    cwd: null, env: null, shell: false,
  }, options);
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);

  const child = spawn(file, args, {
    argv0: options.argv0,
    cwd: options.cwd,
    env: options.env,
    gid: options.gid,
    shell: options.shell,
    signal: options.signal,
    uid: options.uid,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments,
  });

  const encoding = options.encoding !== 'buffer' && Buffer.isEncoding(options.encoding) ? options.encoding : null;
  // The output is gathered in Go (see collect.go) when the child started:
  // a stream the script makes still gets what comes after, as under node.
  const h = child._handle;
  const st = child._stdioState;
  const inGo = h !== null && st !== undefined;
  const _stdout = [];
  const _stderr = [];
  let stdoutLen = 0;
  let stderrLen = 0;
  let killed = false;
  let exited = false;
  let timeoutId;
  let ex = null;
  let cmd = file;

  // output returns what was gathered of fd, decoded as node's exec does:
  // in the stream's encoding when the script changed it.
  function output(fd, chunks) {
    const s = st !== undefined ? st.streams[fd] : child.stdio[fd];
    const enc = s ? s.readableEncoding : encoding && normalizeEncoding(encoding);
    if (inGo) return collectedOutput(h, fd, enc);
    return encoding || enc ? chunks.join('') : Buffer.concat(chunks);
  }

  function exithandler(code, signal) {
    if (exited) return;
    exited = true;
    if (timeoutId) {
      clearTimeout(timeoutId);
      timeoutId = null;
    }
    if (!callback) return;
    const stdout = output(1, _stdout);
    const stderr = output(2, _stderr);
    if (!ex && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (args && args.length) cmd += ' ' + args.join(' ');
    if (!ex) {
      ex = genericNodeError('Command failed: ' + cmd + '\n' + stderr, {
        code: code < 0 ? native.errname(code) : code,
        killed: child.killed || killed,
        signal,
      });
    }
    ex.cmd = cmd;
    callback(ex, stdout, stderr);
  }

  function errorhandler(e) {
    ex = e;
    destroyStdio(child, 1);
    destroyStdio(child, 2);
    exithandler();
  }

  function kill() {
    destroyStdio(child, 1);
    destroyStdio(child, 2);
    killed = true;
    try {
      child.kill(options.killSignal);
    } catch (e) {
      ex = e;
      exithandler();
    }
  }

  if (options.timeout > 0) {
    timeoutId = setTimeout(function delayedKill() {
      kill();
      timeoutId = null;
    }, options.timeout);
  }

  function onMaxBuffer(fd) {
    ex = makeNodeError(RangeError, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER', (fd === 1 ? 'stdout' : 'stderr') + ' maxBuffer length exceeded');
    kill();
  }

  function collect(s, chunks, which) {
    if (encoding) s.setEncoding(encoding);
    s.on('data', function onChildData(chunk) {
      if (inGo) return; // gathered in Go
      if (options.maxBuffer === Infinity) {
        chunks.push(chunk);
        return;
      }
      const enc = s.readableEncoding;
      const length = enc ? Buffer.byteLength(chunk, enc) : chunk.length;
      let total = which === 'stdout' ? (stdoutLen += length) : (stderrLen += length);
      if (total > options.maxBuffer) {
        const truncatedLen = options.maxBuffer - (total - length);
        chunks.push(typeof chunk === 'string' ? chunk.slice(0, truncatedLen) : Buffer.from(chunk.buffer, chunk.byteOffset, Math.max(0, truncatedLen)));
        onMaxBuffer(which === 'stdout' ? 1 : 2);
      } else {
        chunks.push(chunk);
      }
    });
  }
  if (inGo) {
    const enc = encoding ? normalizeEncoding(encoding) : '';
    for (let fd = 1; fd <= 2; fd++) if (st.piped[fd]) h.collect(fd, options.maxBuffer, enc, onMaxBuffer);
    // A stream the script makes is set up as exec's own would be (its
    // encoding, a 'data' listener, flowing); Go keeps gathering.
    st.onStream = (fd, sock) => {
      if (fd !== 1 && fd !== 2) return;
      collect(sock, null, fd === 1 ? 'stdout' : 'stderr');
      h.collectStream(fd, () => (sock.readableEncoding ? normalizeEncoding(sock.readableEncoding) : ''));
    };
  } else {
    if (child.stdout) collect(child.stdout, _stdout, 'stdout');
    if (child.stderr) collect(child.stderr, _stderr, 'stderr');
  }

  child.addListener('close', exithandler);
  child.addListener('error', errorhandler);
  return child;
}

Object.defineProperty(exec, kCustomPromisify, { enumerable: false, value: customPromiseExecFunction(exec) });
Object.defineProperty(execFile, kCustomPromisify, { enumerable: false, value: customPromiseExecFunction(execFile) });

// fork needs the IPC channel, which another module provides: when the
// core module 'internal/child_process/fork' exists it implements fork on
// top of spawn.
function fork(modulePath, args, options) {
  let impl;
  try {
    impl = require('internal/child_process/fork');
  } catch (e) {
    throw makeNodeError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
      'child_process.fork is not available: this jsproc build has no IPC channel support');
  }
  return impl.fork(module.exports, modulePath, args, options);
}

module.exports = {
  ChildProcess,
  _forkChild() {
    throw makeNodeError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', 'child_process._forkChild is not available');
  },
  exec,
  execFile,
  execFileSync,
  execSync,
  fork,
  spawn,
  spawnSync,
};
// Internals for modules that build on child_process (fork, IPC).
Object.defineProperty(module.exports, '_internal', {
  enumerable: false,
  value: { normalizeSpawnArguments, getValidStdio, convertToValidSignal, ChildProcess, maybeClose },
});
