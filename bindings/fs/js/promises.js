'use strict';
// fs/promises: the binding's async calls as promises, and FileHandle.
const binding = internalBinding('fs');
const { Buffer } = require('buffer');
const errors = require('internal/errors');
const { invalidArgType, validateBoolean } = errors;
const fs = require('fs');
const {
  constants, stringToFlags, parseMode, toPath, getOptions, makeStats, toUnixTimestamp,
} = require('internal/fs/utils');

// call runs an async binding call as a promise; map shapes the result.
function call(native, args, map) {
  return new Promise((resolve, reject) => {
    native(...args, (err, v) => {
      if (err) reject(err);
      else resolve(map ? map(v) : v);
    });
  });
}

// fromCallback turns a callback-style fs function into a promise.
function fromCallback(fn, ...args) {
  return new Promise((resolve, reject) => {
    fn(...args, (err, v) => {
      if (err) reject(err);
      else resolve(v);
    });
  });
}

function checkAborted(signal) {
  if (signal && signal.aborted) throw errors.abortError(signal.reason);
}

const kFd = Symbol('kFd');
const kClosing = Symbol('kClosing');
const EventEmitter = require('events');

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kClosing] = null;
  }
  get fd() { return this[kFd]; }
  _closed() {
    const e = new Error('file closed');
    e.code = 'EBADF';
    e.syscall = 'read';
    return e;
  }
  getAsyncId() { return this[kFd]; }
  async stat(options) {
    const bigint = !!(options && options.bigint);
    return call(binding.fstat, [this[kFd]], (f) => makeStats(f, bigint));
  }
  async read(buffer, offset, length, position) {
    if (buffer == null || (!ArrayBuffer.isView(buffer) && typeof buffer === 'object')) {
      const o = buffer || {};
      buffer = o.buffer || Buffer.alloc(16384);
      offset = o.offset || 0;
      length = o.length === undefined ? buffer.byteLength - offset : o.length;
      position = o.position === undefined ? null : o.position;
    } else if (offset != null && typeof offset === 'object') {
      const o = offset;
      offset = o.offset || 0;
      length = o.length === undefined ? buffer.byteLength - offset : o.length;
      position = o.position === undefined ? null : o.position;
    }
    const bytesRead = await fromCallback(fs.read, this[kFd], buffer, offset || 0,
      length === undefined ? buffer.byteLength - (offset || 0) : length, position === undefined ? null : position);
    return { bytesRead, buffer };
  }
  async write(buffer, ...rest) {
    const fd = this[kFd];
    return new Promise((resolve, reject) => {
      fs.write(fd, buffer, ...rest, (err, n, b) => {
        if (err) reject(err);
        else resolve({ bytesWritten: n, buffer: b });
      });
    });
  }
  async writev(buffers, position) {
    return new Promise((resolve, reject) => {
      fs.writev(this[kFd], buffers, position, (err, n) => (err ? reject(err) : resolve({ bytesWritten: n, buffers })));
    });
  }
  async readv(buffers, position) {
    return new Promise((resolve, reject) => {
      fs.readv(this[kFd], buffers, position, (err, n) => (err ? reject(err) : resolve({ bytesRead: n, buffers })));
    });
  }
  async readFile(options) {
    options = getOptions(options, {});
    checkAborted(options.signal);
    const buf = await call(fs._readFileSteps, [this[kFd], true, 0]);
    return options.encoding && options.encoding !== 'buffer' ? buf.toString(options.encoding) : buf;
  }
  async writeFile(data, options) {
    options = getOptions(options, { encoding: 'utf8' });
    const bytes = typeof data === 'string' ? Buffer.from(data, options.encoding) : data;
    return call(fs._writeFileSteps, [this[kFd], true, bytes, 0, 0, undefined], () => undefined);
  }
  async appendFile(data, options) {
    return this.writeFile(data, options);
  }
  async truncate(len = 0) { return call(binding.ftruncate, [this[kFd], len], () => undefined); }
  async sync() { return call(binding.fsync, [this[kFd]], () => undefined); }
  async datasync() { return call(binding.fdatasync, [this[kFd]], () => undefined); }
  async chmod(mode) { return call(binding.fchmod, [this[kFd], parseMode(mode, 'mode')], () => undefined); }
  async chown(uid, gid) { return call(binding.fchown, [this[kFd], uid, gid], () => undefined); }
  async utimes(a, m) {
    return call(binding.futimes, [this[kFd], toUnixTimestamp(a, 'atime'), toUnixTimestamp(m, 'mtime')], () => undefined);
  }
  close() {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosing]) return this[kClosing];
    const fd = this[kFd];
    this[kClosing] = call(binding.close, [fd], () => {
      this[kFd] = -1;
      this[kClosing] = null;
    });
    // As in Node, 'close' is emitted when closing starts: a stream over the
    // handle stops there.
    this.emit('close');
    return this[kClosing];
  }
  createReadStream(options) {
    return fs.createReadStream(undefined, Object.assign({}, options, { fd: this }));
  }
  createWriteStream(options) {
    return fs.createWriteStream(undefined, Object.assign({}, options, { fd: this }));
  }
  readLines(options) {
    return require('readline').createInterface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }
}
const asyncDispose = Symbol.asyncDispose || Symbol.for('nodejs.asyncDispose');
FileHandle.prototype[asyncDispose] = function () { return this.close(); };

async function open(path, flags, mode) {
  const p = toPath(path);
  const fd = await call(binding.open, [p, stringToFlags(flags), parseMode(mode, 'mode', 0o666)]);
  return new FileHandle(fd);
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  checkAborted(options.signal);
  if (path instanceof FileHandle) return path.readFile(options);
  const buf = await call(fs._readFileSteps, [toPath(path), false, stringToFlags(options.flag)]);
  checkAborted(options.signal);
  return options.encoding && options.encoding !== 'buffer' ? buf.toString(options.encoding) : buf;
}

async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  checkAborted(options.signal);
  if (path instanceof FileHandle) return path.writeFile(data, options);
  if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
    if (data != null && (typeof data[Symbol.iterator] === 'function' || typeof data[Symbol.asyncIterator] === 'function')) {
      const parts = [];
      const it = typeof data[Symbol.asyncIterator] === 'function' ? data[Symbol.asyncIterator]() : data[Symbol.iterator]();
      for (;;) {
        const r = await it.next();
        if (r.done) break;
        const c = await r.value;
        parts.push(typeof c === 'string' ? Buffer.from(c, options.encoding) : c);
      }
      data = Buffer.concat(parts);
    } else {
      throw invalidArgType('data', ['string', 'Buffer', 'TypedArray', 'DataView', 'AsyncIterable', 'Iterable', 'Stream'], data);
    }
  }
  const bytes = typeof data === 'string' ? Buffer.from(data, options.encoding) : data;
  const extra = { signal: options.signal, sync: flush ? binding.fsync : undefined };
  return call(fs._writeFileSteps, [toPath(path), false, bytes, stringToFlags(options.flag), parseMode(options.mode, 'mode', 0o666), extra], () => undefined);
}

async function appendFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  return writeFile(path, data, options);
}

const simple = ['access', 'copyFile', 'cp', 'rename', 'truncate', 'rm', 'rmdir', 'mkdir', 'readdir',
  'readlink', 'symlink', 'lstat', 'stat', 'link', 'unlink', 'chmod', 'lchmod', 'lchown', 'chown',
  'utimes', 'lutimes', 'realpath', 'mkdtemp', 'opendir'];

const out = { open, readFile, writeFile, appendFile, constants, FileHandle };
for (const name of simple) {
  const fn = fs[name];
  out[name] = function (...args) {
    try {
      return fromCallback(fn, ...args);
    } catch (e) {
      return Promise.reject(e);
    }
  };
}
out.watch = function watch(filename, options) {
  return require('internal/fs/watchers').watchAsync(filename, options);
};
const order = ['access', 'copyFile', 'cp', 'open', 'opendir', 'rename', 'truncate', 'rm', 'rmdir', 'mkdir', 'readdir',
  'readlink', 'symlink', 'lstat', 'stat', 'link', 'unlink', 'chmod', 'lchmod', 'lchown', 'chown', 'utimes', 'lutimes',
  'realpath', 'mkdtemp', 'writeFile', 'appendFile', 'readFile', 'watch', 'constants'];
for (const k of order) module.exports[k] = out[k];
Object.defineProperty(module.exports, 'FileHandle', { value: FileHandle, enumerable: false });
