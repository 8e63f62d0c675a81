'use strict';
// fs.ReadStream and fs.WriteStream: stream.Readable/Writable over an fs-like
// object's callback calls (open, read, write, writev, fsync, close): the fs
// module itself, options.fs, or a FileHandle's methods. They are plain
// constructor functions, as in Node, so they can be called without new and
// subclassed the old way. Opening happens in _construct, so 'open' and
// 'ready' come before any data; a subclass with its own open() (the style of
// graceful-fs and of old Node) is waited for until it emits 'open' or
// 'error'.
const { Readable, Writable, finished } = require('stream');
const { Buffer } = require('buffer');
const errors = require('internal/errors');
const { invalidArgType, outOfRange, validateFunction, validateBoolean, validateInteger, makeNodeError } = errors;
const { toPath, getOptions, validateFd } = require('internal/fs/utils');
const { deprecate } = require('util');
const fs = require('fs');

// fsRead is the fs module's own read, which calls back on a later turn.
const fsRead = fs.read;

const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');
const kIoDone = Symbol('kIoDone');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kDiverted = Symbol('kDiverted');
// kDivert is the method of a stream whose bytes a Go consumer can take in
// place of its 'data' events.
const kDivert = Symbol.for('jsproc.stream.divert');

function notImplemented(what) {
  return makeNodeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The ' + what + ' method is not implemented');
}

function streamDestroyed(what) {
  return makeNodeError(Error, 'ERR_STREAM_DESTROYED', 'Cannot call ' + what + ' after a stream was destroyed');
}

// errorOrDestroy destroys a stream that closes itself on error, and only
// reports the error on one that does not (autoClose: false).
function errorOrDestroy(stream, err) {
  const r = stream._readableState;
  const w = stream._writableState;
  if ((r && r.destroyed) || (w && w.destroyed)) return;
  if ((r && r.autoDestroy) || (w && w.autoDestroy)) {
    stream.destroy(err);
    return;
  }
  if (r && !r.errored) r.errored = err;
  if (w && !w.errored) w.errored = err;
  process.nextTick(() => stream.emit('error', err));
}

// copyOptions copies options' enumerable keys, inherited ones included.
function copyOptions(options) {
  if (options === null || typeof options !== 'object') return options;
  const copy = {};
  for (const key in options) copy[key] = options[key];
  return copy;
}

// fileHandleOps lets a stream drive a FileHandle through the same callback
// calls as the fs module.
function fileHandleOps(handle) {
  const settle = (p, ok, cb) => p.then(ok, cb);
  return {
    open() { throw notImplemented('open()'); },
    close(fd, cb) { settle(handle.close(), () => cb(), cb); },
    fsync(fd, cb) { settle(handle.sync(), () => cb(), cb); },
    read(fd, buf, offset, length, pos, cb) {
      handle.read(buf, offset, length, pos).then((r) => cb(null, r.bytesRead, r.buffer), (err) => cb(err, 0, buf));
    },
    write(fd, buf, offset, length, pos, cb) {
      handle.write(buf, offset, length, pos).then((r) => cb(null, r.bytesWritten, r.buffer), (err) => cb(err, 0, buf));
    },
    writev(fd, buffers, pos, cb) {
      handle.writev(buffers, pos).then((r) => cb(null, r.bytesWritten, r.buffers), (err) => cb(err, 0, buffers));
    },
  };
}

// importFd takes options.fd, a descriptor or a FileHandle, and returns the
// descriptor.
function importFd(stream, options) {
  if (typeof options.fd === 'number') {
    stream[kFs] = options.fs || fs;
    return validateFd(options.fd, 'fd');
  }
  const { FileHandle } = require('fs/promises');
  if (typeof options.fd === 'object' && options.fd instanceof FileHandle) {
    if (options.fs) throw notImplemented('FileHandle with fs');
    stream[kHandle] = options.fd;
    stream[kFs] = fileHandleOps(options.fd);
    options.fd.on('close', () => stream.close());
    return validateFd(options.fd.fd, 'fd');
  }
  throw invalidArgType('options.fd', ['number', 'FileHandle'], options.fd);
}

// setPath sets what a stream opens by path.
function setPath(stream, path, options, flags) {
  stream.fd = null;
  stream[kFs] = options.fs || fs;
  validateFunction(stream[kFs].open, 'options.fs.open');
  stream.path = toPath(path);
  stream.flags = options.flags === undefined ? flags : options.flags;
  stream.mode = options.mode === undefined ? 0o666 : options.mode;
}

function setStart(stream, options) {
  stream.start = options.start;
  stream.pos = undefined;
  stream[kIsPerformingIO] = false;
  if (stream.start !== undefined) {
    validateInteger(stream.start, 'start', 0);
    stream.pos = stream.start;
  }
}

const openReadFs = deprecate(function open() {}, 'ReadStream.prototype.open() is deprecated', 'DEP0135');
const openWriteFs = deprecate(function open() {}, 'WriteStream.prototype.open() is deprecated', 'DEP0135');

function construct(callback) {
  if (typeof this.fd === 'number') {
    callback();
    return;
  }
  if (this.open !== openReadFs && this.open !== openWriteFs) {
    // A subclass opens the file itself and says so with 'open' or 'error'.
    const emit = this.emit;
    this.emit = function (...args) {
      if (args[0] === 'open') {
        this.emit = emit;
        callback();
        Reflect.apply(emit, this, args);
      } else if (args[0] === 'error') {
        this.emit = emit;
        callback(args[1]);
      } else {
        Reflect.apply(emit, this, args);
      }
    };
    this.open();
    return;
  }
  this[kFs].open(this.path, this.flags, this.mode, (err, fd) => {
    if (err) {
      callback(err);
      return;
    }
    this.fd = fd;
    callback();
    this.emit('open', this.fd);
    this.emit('ready');
  });
}

function closeStream(stream, err, cb) {
  if (!stream.fd) {
    cb(err);
  } else if (stream.flush) {
    stream[kFs].fsync(stream.fd, (flushErr) => closeFd(stream, err || flushErr, cb));
  } else {
    closeFd(stream, err, cb);
  }
}

function closeFd(stream, err, cb) {
  stream[kFs].close(stream.fd, (er) => cb(er || err));
  stream.fd = null;
}

// destroyAfterIO closes once the read or write under way has returned.
function destroyAfterIO(err, cb) {
  if (this[kIsPerformingIO]) this.once(kIoDone, (er) => closeStream(this, err || er, cb));
  else closeStream(this, err, cb);
}

function pendingDescriptor(proto) {
  Object.defineProperty(proto, 'pending', {
    get() { return this.fd === null; },
    configurable: true,
  });
}

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = getOptions(copyOptions(options), {});
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  if (options.fd == null) setPath(this, path, options, 'r');
  else this.fd = importFd(this, options);
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  validateFunction(this[kFs].read, 'options.fs.read');
  if (options.autoDestroy) validateFunction(this[kFs].close, 'options.fs.close');
  setStart(this, options);
  this.end = options.end;
  this.bytesRead = 0;
  if (this.end === undefined) {
    this.end = Infinity;
  } else if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw outOfRange('start', '<= "end" (here: ' + this.end + ')', this.start);
    }
  }
  Reflect.apply(Readable, this, [options]);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);
Object.defineProperty(ReadStream.prototype, 'autoClose', {
  get() { return this._readableState.autoDestroy; },
  set(v) { this._readableState.autoDestroy = v; },
});
ReadStream.prototype.open = openReadFs;
ReadStream.prototype._construct = construct;
ReadStream.prototype._read = function _read(n) {
  readChunk(this, n);
};

// readChunk reads up to n bytes (within end) and pushes them, or hands
// them to the stream's diverter while there is one.
function readChunk(stream, n) {
  n = stream.pos !== undefined ? Math.min(stream.end - stream.pos + 1, n) : Math.min(stream.end - stream.bytesRead + 1, n);
  if (n <= 0) {
    pushChunk(stream, null);
    return;
  }
  stream[kIsPerformingIO] = true;
  stream[kFs].read(stream.fd, Buffer.allocUnsafeSlow(n), 0, n, stream.pos, (err, bytesRead, buf) => {
    stream[kIsPerformingIO] = false;
    if (stream.destroyed) {
      stream.emit(kIoDone, err);
      return;
    }
    if (err) {
      errorOrDestroy(stream, err);
    } else if (bytesRead > 0) {
      if (stream.pos !== undefined) stream.pos += bytesRead;
      stream.bytesRead += bytesRead;
      const chunk = bytesRead !== buf.length ? Buffer.from(buf.subarray(0, bytesRead)) : buf;
      const d = stream[kDiverted];
      if (d !== undefined) readAhead(stream, d);
      pushChunk(stream, chunk);
    } else {
      pushChunk(stream, null);
    }
  });
}

function pushChunk(stream, chunk) {
  const d = stream[kDiverted];
  if (d !== undefined && d.tap.diverted()) {
    if (chunk === null) {
      d.ended = true;
      if (d.tap.end()) return;
    } else if (d.tap.chunk(chunk)) {
      return;
    }
  }
  stream.push(chunk);
}

// ---- a Go consumer's reads ----------------------------------------------------
// A consumer that reads the stream in Go (readline splitting lines) takes
// its bytes from here on in place of push(): the stream opens, reads
// (start, end, highWaterMark, fd, fs), errs and closes as before, but the
// chunks read go to the consumer, which asks for the next one (resume) or
// holds off (pause), until it gives the stream back; then what it held is
// pushed and the Readable reads on by itself. A stream with its own _read
// is not diverted.
ReadStream.prototype[kDivert] = function divert(diverter) {
  if (this[kDiverted] !== undefined || this._read !== ReadStream.prototype._read || this.destroyed || this.readableEnded) {
    return false;
  }
  const stream = this;
  const d = { tap: null, paused: false, ended: false };
  d.tap = internalBinding('fs').divert(diverter, {
    pause() { d.paused = true; },
    resume() {
      d.paused = false;
      if (d.tap.diverted()) {
        readDiverted(stream, d);
      } else if (stream._readableState.reading && !stream[kIsPerformingIO] && !d.ended && !stream.destroyed) {
        // Given back between two reads: the Readable still waits for
        // the push of the read it asked for while diverted.
        readChunk(stream, stream.readableHighWaterMark);
      }
    },
    deliver(buf) { stream.push(buf); },
    end() { stream.push(null); },
  });
  if (d.tap === null) return false;
  this[kDiverted] = d;
  return true;
};

// readAhead starts the consumer's next read before it takes this one, so
// that reading and splitting overlap, when the reads are the fs module's
// own (their callbacks never come at once, which would reorder chunks).
function readAhead(stream, d) {
  if (stream[kFs] !== fs || fs.read !== fsRead) return;
  const left = stream.pos !== undefined ? stream.end - stream.pos + 1 : stream.end - stream.bytesRead + 1;
  if (left > 0) readDiverted(stream, d);
}

// readDiverted reads the next chunk for the consumer, unless one is being
// read, the consumer holds off or has given the stream back, or the
// input ended.
function readDiverted(stream, d) {
  if (d.paused || d.ended || stream[kIsPerformingIO] || stream.destroyed || !d.tap.diverted()) return;
  if (stream.fd === null || stream.fd === undefined) return;
  readChunk(stream, stream.readableHighWaterMark);
}

ReadStream.prototype._destroy = destroyAfterIO;
ReadStream.prototype.close = function close(cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};
pendingDescriptor(ReadStream.prototype);

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = getOptions(copyOptions(options), {});
  options.decodeStrings = true;
  if (options.fd == null) setPath(this, path, options, 'w');
  else this.fd = importFd(this, options);
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  const ops = this[kFs];
  if (!ops.write && !ops.writev) throw invalidArgType('options.fs.write', 'function', ops.write);
  if (ops.write) validateFunction(ops.write, 'options.fs.write');
  if (ops.writev) validateFunction(ops.writev, 'options.fs.writev');
  if (options.autoDestroy) validateFunction(ops.close, 'options.fs.close');
  this.flush = options.flush;
  if (this.flush == null) {
    this.flush = false;
  } else {
    validateBoolean(this.flush, 'options.flush');
    validateFunction(ops.fsync, 'options.fs.fsync');
  }
  if (!ops.write) this._write = null;
  if (!ops.writev) this._writev = null;
  setStart(this, options);
  this.bytesWritten = 0;
  Reflect.apply(Writable, this, [options]);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);
Object.defineProperty(WriteStream.prototype, 'autoClose', {
  get() { return this._writableState.autoDestroy; },
  set(v) { this._writableState.autoDestroy = v; },
});
WriteStream.prototype.open = openWriteFs;
WriteStream.prototype._construct = construct;

// writeAll writes data from pos until all of it is written, retrying a
// short or EAGAIN write a few times.
function writeAll(stream, data, size, pos, cb, retries) {
  stream[kFs].write(stream.fd, data, 0, size, pos, (er, written, buffer) => {
    if (er && er.code === 'EAGAIN') {
      er = null;
      written = 0;
    }
    if (stream.destroyed || er) return cb(er || streamDestroyed('write'));
    stream.bytesWritten += written;
    retries = written ? 0 : retries + 1;
    size -= written;
    pos += written;
    if (retries > 5) cb(makeNodeError(Error, 'ERR_SYSTEM_ERROR', 'A system error occurred: write failed'));
    else if (size) writeAll(stream, buffer.subarray(written), size, pos, cb, retries);
    else cb();
  });
}

function writevAll(stream, chunks, size, pos, cb, retries) {
  stream[kFs].writev(stream.fd, chunks, stream.pos, (er, written, buffers) => {
    if (er && er.code === 'EAGAIN') {
      er = null;
      written = 0;
    }
    if (stream.destroyed || er) return cb(er || streamDestroyed('writev'));
    stream.bytesWritten += written;
    retries = written ? 0 : retries + 1;
    size -= written;
    pos += written;
    if (retries > 5) cb(makeNodeError(Error, 'ERR_SYSTEM_ERROR', 'A system error occurred: writev failed'));
    else if (size) writevAll(stream, [Buffer.concat(buffers).subarray(written)], size, pos, cb, retries);
    else cb();
  });
}

function afterIO(stream, cb) {
  return (er) => {
    stream[kIsPerformingIO] = false;
    cb(er);
    if (stream.destroyed) stream.emit(kIoDone, er);
  };
}

WriteStream.prototype._write = function _write(data, encoding, cb) {
  this[kIsPerformingIO] = true;
  writeAll(this, data, data.length, this.pos, afterIO(this, cb), 0);
  if (this.pos !== undefined) this.pos += data.length;
};
WriteStream.prototype._writev = function _writev(data, cb) {
  const chunks = data.map((d) => d.chunk);
  const size = chunks.reduce((n, c) => n + c.length, 0);
  this[kIsPerformingIO] = true;
  writevAll(this, chunks, size, this.pos, afterIO(this, cb), 0);
  if (this.pos !== undefined) this.pos += size;
};
WriteStream.prototype._destroy = destroyAfterIO;
WriteStream.prototype.close = function close(cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};
WriteStream.prototype.destroySoon = WriteStream.prototype.end;
pendingDescriptor(WriteStream.prototype);

module.exports = { ReadStream, WriteStream };
