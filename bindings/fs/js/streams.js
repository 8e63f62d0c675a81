'use strict';
// fs.ReadStream and fs.WriteStream: stream.Readable/Writable over the
// descriptor calls of the binding. Opening happens in _construct, so 'open'
// and 'ready' come before any data, as in Node.
const binding = internalBinding('fs');
const { Readable, Writable, finished } = require('stream');
const { Buffer } = require('buffer');
const errors = require('internal/errors');
const { invalidArgType, outOfRange } = errors;
const { stringToFlags, parseMode, toPath, getOptions, validateFd } = require('internal/fs/utils');

const kFs = Symbol('kFs');

function validatePosition(v, name) {
  if (typeof v !== 'number') throw invalidArgType(name, 'number', v);
  if (!Number.isInteger(v) && v !== Infinity) throw outOfRange(name, 'an integer', v);
}

function importFd(stream, options) {
  if (options.fd != null) {
    if (typeof options.fd === 'object' && typeof options.fd.fd === 'number') {
      stream._fileHandle = options.fd;
      return options.fd.fd;
    }
    return validateFd(options.fd, 'fd');
  }
  return null;
}

function openThen(stream, cb) {
  binding.open(stream.path, stringToFlags(stream.flags), stream.mode, (err, fd) => {
    if (err) return cb(err);
    stream.fd = fd;
    cb();
    stream.emit('open', fd);
    stream.emit('ready');
  });
}

function closeFd(stream, err, cb) {
  if (stream.fd === null || stream.fd === undefined) return cb(err);
  const fd = stream.fd;
  stream.fd = null;
  if (stream._fileHandle) {
    stream._fileHandle.close().then(() => cb(err), (e) => cb(err || e));
    return;
  }
  binding.close(fd, (e) => cb(err || e));
}

class ReadStream extends Readable {
  constructor(path, options) {
    options = Object.assign({}, getOptions(options, {}));
    if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
    if (options.autoDestroy === undefined) options.autoDestroy = options.autoClose !== false;
    const fd = importFd(null, options);
    super(options);
    this.fd = fd;
    this.path = fd === null ? toPath(path) : undefined;
    this.flags = options.flags === undefined ? 'r' : options.flags;
    this.mode = parseMode(options.mode, 'mode', 0o666);
    this.start = options.start;
    this.end = options.end === undefined ? Infinity : options.end;
    this.pos = undefined;
    this.bytesRead = 0;
    this[kFs] = true;
    if (fd !== null) this._fileHandle = typeof options.fd === 'object' ? options.fd : undefined;
    if (this.start !== undefined) {
      validatePosition(this.start, 'start');
      this.pos = this.start;
    }
    if (this.end !== Infinity) {
      validatePosition(this.end, 'end');
      if (this.start !== undefined && this.start > this.end) {
        throw outOfRange('start', '<= "end" (here: ' + this.end + ')', this.start);
      }
    }
    if (fd === null) stringToFlags(this.flags);
  }

  get pending() { return this.fd === null; }

  _construct(cb) {
    if (this.fd !== null) return cb();
    openThen(this, cb);
  }

  _read(n) {
    n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end - this.bytesRead + 1, n);
    if (n <= 0) {
      this.push(null);
      return;
    }
    const pos = this.pos === undefined ? -1 : this.pos;
    if (this.pos !== undefined) this.pos += n;
    binding.readChunk(this.fd, n, pos, (err, buf) => {
      if (err) {
        this.destroy(err);
        return;
      }
      const got = buf.length;
      if (this.pos !== undefined) this.pos -= n - got;
      if (got === 0) {
        this.push(null);
        return;
      }
      this.bytesRead += got;
      this.push(buf);
    });
  }

  _destroy(err, cb) {
    if (this.autoClose === false && !err) return cb(err);
    closeFd(this, err, cb);
  }

  close(cb) {
    if (typeof cb === 'function') finished(this, cb);
    this.destroy();
  }
}
Object.defineProperty(ReadStream.prototype, 'autoClose', {
  get() { return this._readableState.autoDestroy; },
  set(v) { this._readableState.autoDestroy = v; },
});

class WriteStream extends Writable {
  constructor(path, options) {
    options = Object.assign({}, getOptions(options, {}));
    options.decodeStrings = true;
    if (options.autoDestroy === undefined) options.autoDestroy = options.autoClose !== false;
    const fd = importFd(null, options);
    super(options);
    this.fd = fd;
    this.path = fd === null ? toPath(path) : undefined;
    this.flags = options.flags === undefined ? 'w' : options.flags;
    this.mode = parseMode(options.mode, 'mode', 0o666);
    this.start = options.start;
    this.pos = undefined;
    this.bytesWritten = 0;
    this[kFs] = true;
    if (fd !== null) this._fileHandle = typeof options.fd === 'object' ? options.fd : undefined;
    if (this.start !== undefined) {
      validatePosition(this.start, 'start');
      if (this.start < 0) throw outOfRange('start', '>= 0 && <= 9007199254740991', this.start);
      this.pos = this.start;
    }
    if (options.encoding) this.setDefaultEncoding(options.encoding);
    if (fd === null) stringToFlags(this.flags);
  }

  get pending() { return this.fd === null; }

  _construct(cb) {
    if (this.fd !== null) return cb();
    openThen(this, cb);
  }

  _writeAll(buf, cb) {
    const pos = this.pos === undefined ? -1 : this.pos;
    binding.write(this.fd, buf, 0, buf.length, pos, (err, n) => {
      if (err) return cb(err);
      this.bytesWritten += n;
      if (this.pos !== undefined) this.pos += n;
      if (n < buf.length) return this._writeAll(buf.subarray(n), cb);
      cb();
    });
  }

  _write(chunk, encoding, cb) {
    if (typeof chunk === 'string') chunk = Buffer.from(chunk, encoding);
    this._writeAll(chunk, cb);
  }

  _writev(chunks, cb) {
    const bufs = chunks.map((c) => (typeof c.chunk === 'string' ? Buffer.from(c.chunk, c.encoding) : c.chunk));
    this._writeAll(bufs.length === 1 ? bufs[0] : Buffer.concat(bufs), cb);
  }

  _destroy(err, cb) {
    if (this.autoClose === false && !err) return cb(err);
    closeFd(this, err, cb);
  }

  close(cb) {
    if (cb) {
      if (this.closed) {
        process.nextTick(cb);
        return;
      }
      this.on('close', cb);
    }
    if (!this.autoClose) this.on('finish', this.destroy);
    this.end();
  }

  destroySoon() {
    this.end();
  }
}
Object.defineProperty(WriteStream.prototype, 'autoClose', {
  get() { return this._writableState.autoDestroy; },
  set(v) { this._writableState.autoDestroy = v; },
});

module.exports = { ReadStream, WriteStream };
