'use strict';
// fs: sync, callback and (through fs.promises) promise forms over the Go
// binding. Callbacks run on the loop in the poll phase.
const binding = internalBinding('fs');
const { Buffer } = require('buffer');
const errors = require('internal/errors');
const { invalidArgType, outOfRange } = errors;
const utils = require('internal/fs/utils');
const {
  constants, stringToFlags, parseMode, toPath, isFd, validateFd, getOptions,
  makeStats, Dirent, Stats, toUnixTimestamp,
} = utils;

const { makeCallback, maybeCallback, req, encodeResult } = require('internal/fs/common');
const {
  readFileSync, readFile, writeFileSync, writeFile, appendFileSync, appendFile, readFileSteps, writeFileSteps,
} = require('internal/fs/contents');

// ---- stat family ---------------------------------------------------------------

// kStatDefaults is statOptions' answer without options; never handed out.
const kStatDefaults = Object.freeze({ bigint: false, throwIfNoEntry: true });

// statOptions reads stat's options as node 20 does: no type check, only
// bigint === true and throwIfNoEntry === false count, and null fails on
// the property read.
function statOptions(options) {
  if (options === undefined || typeof options === 'function') return kStatDefaults;
  if (options === null) throw new TypeError("Cannot read properties of null (reading 'bigint')");
  return { bigint: options.bigint === true, throwIfNoEntry: options.throwIfNoEntry !== false };
}

function makeStatSync(native) {
  return function (path, options) {
    const o = statOptions(options);
    const p = toPath(path);
    try {
      // Without bigint the native fills and returns its shared
      // Float64Array, read at once by makeStats.
      return makeStats(native(p, undefined, !o.bigint), o.bigint);
    } catch (e) {
      if (!o.throwIfNoEntry && (e.code === 'ENOENT' || e.code === 'ENOTDIR')) return undefined;
      throw e;
    }
  };
}

// statsOf and bigintStatsOf map an async stat's result, one closure fewer
// a call.
const statsOf = (f) => makeStats(f, false);
const bigintStatsOf = (f) => makeStats(f, true);

function makeStatAsync(native) {
  return function (path, options, callback) {
    callback = maybeCallback(callback || options);
    const o = statOptions(options);
    native(toPath(path), req(callback, o.bigint ? bigintStatsOf : statsOf));
  };
}

const statSync = makeStatSync(binding.stat);
const lstatSync = makeStatSync(binding.lstat);
const stat = makeStatAsync(binding.stat);
const lstat = makeStatAsync(binding.lstat);

function fstatSync(fd, options) {
  const o = statOptions(options);
  return makeStats(binding.fstat(validateFd(fd), undefined, !o.bigint), o.bigint);
}

function fstat(fd, options, callback) {
  callback = maybeCallback(callback || options);
  const o = statOptions(options);
  binding.fstat(validateFd(fd), req(callback, o.bigint ? bigintStatsOf : statsOf));
}

function existsSync(path) {
  try {
    path = toPath(path);
  } catch (e) {
    return false;
  }
  try {
    binding.access(path, 0);
    return true;
  } catch (e) {
    // node 20 lets a permission error through.
    if (e.code === 'ERR_ACCESS_DENIED') throw e;
    return false;
  }
}

function exists(path, callback) {
  makeCallback(callback);
  try {
    path = toPath(path);
  } catch (e) {
    process.nextTick(callback, false);
    return;
  }
  binding.access(path, 0, (err) => callback(!err));
}

// ---- directories ---------------------------------------------------------------

function readdirArgs(path, options) {
  options = getOptions(options, {});
  return { path: toPath(path), options };
}

function readdirResult(value, options) {
  const enc = options.encoding;
  if (!options.withFileTypes) {
    if (enc && enc !== 'utf8' && enc !== 'utf-8') return value.map((n) => encodeResult(n, enc));
    return value;
  }
  const names = value[0];
  const types = value[1];
  const parents = value[2];
  const out = new Array(names.length);
  for (let i = 0; i < names.length; i++) out[i] = new Dirent(encodeResult(names[i], enc), types[i], parents[i]);
  return out;
}

function readdirSync(path, options) {
  const a = readdirArgs(path, options);
  return readdirResult(binding.readdir(a.path, !!a.options.withFileTypes, !!a.options.recursive), a.options);
}

function readdir(path, options, callback) {
  callback = maybeCallback(callback || options);
  const a = readdirArgs(path, options);
  binding.readdir(a.path, !!a.options.withFileTypes, !!a.options.recursive, req(callback, (v) => readdirResult(v, a.options)));
}

function mkdirArgs(path, options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseMode(options, 'mode', 0o777);
  } else if (options != null && typeof options === 'object') {
    if (options.recursive !== undefined) {
      if (typeof options.recursive !== 'boolean') throw invalidArgType('options.recursive', 'boolean', options.recursive);
      recursive = options.recursive;
    }
    mode = parseMode(options.mode, 'options.mode', 0o777);
  }
  return { path: toPath(path), mode, recursive };
}

function mkdirSync(path, options) {
  const a = mkdirArgs(path, options);
  return binding.mkdir(a.path, a.mode, a.recursive);
}

function mkdir(path, options, callback) {
  callback = maybeCallback(callback || options);
  const a = mkdirArgs(path, typeof options === 'function' ? undefined : options);
  binding.mkdir(a.path, a.mode, a.recursive, (err, first) => {
    if (err) return callback(err);
    if (a.recursive) callback(null, first);
    else callback(null);
  });
}

function mkdtempArgs(prefix, options) {
  options = getOptions(options, {});
  if (typeof prefix !== 'string' && !(prefix instanceof Uint8Array) && !(prefix && typeof prefix === 'object' && prefix.href)) {
    throw invalidArgType('prefix', ['string', 'Buffer', 'URL'], prefix);
  }
  return { prefix: toPath(prefix, 'prefix'), options };
}

function mkdtempSync(prefix, options) {
  const a = mkdtempArgs(prefix, options);
  return encodeResult(binding.mkdtemp(a.prefix), a.options.encoding);
}

function mkdtemp(prefix, options, callback) {
  callback = maybeCallback(callback || options);
  const a = mkdtempArgs(prefix, options);
  binding.mkdtemp(a.prefix, req(callback, (p) => encodeResult(p, a.options.encoding)));
}

function rmOptions(options) {
  if (options == null || typeof options === 'function') return { recursive: false, force: false };
  if (typeof options !== 'object') throw invalidArgType('options', 'Object', options);
  if (options.recursive !== undefined && typeof options.recursive !== 'boolean') throw invalidArgType('options.recursive', 'boolean', options.recursive);
  if (options.force !== undefined && typeof options.force !== 'boolean') throw invalidArgType('options.force', 'boolean', options.force);
  return { recursive: !!options.recursive, force: !!options.force };
}

function rmSync(path, options) {
  const o = rmOptions(options);
  binding.rm(toPath(path), o.recursive, o.force);
}

function rm(path, options, callback) {
  callback = maybeCallback(callback || options);
  const o = rmOptions(options);
  binding.rm(toPath(path), o.recursive, o.force, (err) => callback(err || null));
}

function rmdirSync(path, options) {
  path = toPath(path);
  if (options && options.recursive) return rmSync(path, { recursive: true, force: true });
  binding.rmdir(path);
}

function rmdir(path, options, callback) {
  callback = maybeCallback(callback || options);
  path = toPath(path);
  if (options && typeof options === 'object' && options.recursive) return rm(path, { recursive: true, force: true }, callback);
  binding.rmdir(path, (err) => callback(err || null));
}

function cpArgs(src, dest, options) {
  if (options != null && typeof options !== 'object') throw invalidArgType('options', 'Object', options);
  const o = Object.assign({ recursive: false, force: true, errorOnExist: false, dereference: false, preserveTimestamps: false }, options || {});
  return [toPath(src, 'src'), toPath(dest, 'dest'), !!o.recursive, !!o.force, !!o.errorOnExist, !!o.dereference, !!o.preserveTimestamps];
}

function cpSync(src, dest, options) {
  binding.cp(...cpArgs(src, dest, options));
}

function cp(src, dest, options, callback) {
  callback = maybeCallback(callback || options);
  binding.cp(...cpArgs(src, dest, typeof options === 'function' ? undefined : options), (err) => callback(err || null));
}

// ---- simple path calls ---------------------------------------------------------

// simple defines name and nameSync for a native whose arguments are
// converted by args(...userArgs) and whose result is mapped by map.
function simple(exportsObj, name, native, args, map) {
  exportsObj[name + 'Sync'] = function (...a) {
    const v = native(...args(...a));
    return map ? map(v, a) : v;
  };
  exportsObj[name] = function (...a) {
    let cb = a.pop();
    while (cb === undefined && a.length) cb = a.pop();
    makeCallback(cb);
    native(...args(...a), (err, v) => {
      if (err) return cb(err);
      if (map) cb(null, map(v, a));
      else if (v === undefined) cb(null);
      else cb(null, v);
    });
  };
}

const encOpt = (v, a) => encodeResult(v, getOptions(a[1], {}).encoding);
const e = module.exports;

simple(e, 'unlink', binding.unlink, (p) => [toPath(p)]);
simple(e, 'rename', binding.rename, (a, b) => [toPath(a, 'oldPath'), toPath(b, 'newPath')]);
simple(e, 'link', binding.link, (a, b) => [toPath(a, 'existingPath'), toPath(b, 'newPath')]);
simple(e, 'symlink', binding.symlink, (t, p) => [toPath(t, 'target'), toPath(p)]);
simple(e, 'readlink', binding.readlink, (p) => [toPath(p)], encOpt);
simple(e, 'chmod', binding.chmod, (p, m) => [toPath(p), parseMode(m, 'mode')]);
simple(e, 'lchmod', binding.lchmod, (p, m) => [toPath(p), parseMode(m, 'mode')]);
simple(e, 'chown', binding.chown, (p, u, g) => [toPath(p), u, g]);
simple(e, 'lchown', binding.lchown, (p, u, g) => [toPath(p), u, g]);
simple(e, 'utimes', binding.utimes, (p, a, m) => [toPath(p), toUnixTimestamp(a, 'atime'), toUnixTimestamp(m, 'mtime')]);
simple(e, 'lutimes', binding.lutimes, (p, a, m) => [toPath(p), toUnixTimestamp(a, 'atime'), toUnixTimestamp(m, 'mtime')]);
simple(e, 'access', binding.access, (p, m) => [toPath(p), m == null ? 0 : accessMode(m)]);
simple(e, 'copyFile', binding.copyFile, (s, d, m) => [toPath(s, 'src'), toPath(d, 'dest'), m == null ? 0 : copyMode(m)]);
simple(e, 'fsync', binding.fsync, (fd) => [validateFd(fd)]);
simple(e, 'fdatasync', binding.fdatasync, (fd) => [validateFd(fd)]);
simple(e, 'ftruncate', binding.ftruncate, (fd, len) => [validateFd(fd), len == null ? 0 : lengthArg(len)]);
simple(e, 'fchmod', binding.fchmod, (fd, m) => [validateFd(fd), parseMode(m, 'mode')]);
simple(e, 'fchown', binding.fchown, (fd, u, g) => [validateFd(fd), u, g]);
simple(e, 'futimes', binding.futimes, (fd, a, m) => [validateFd(fd), toUnixTimestamp(a, 'atime'), toUnixTimestamp(m, 'mtime')]);
simple(e, 'close', binding.close, (fd) => [validateFd(fd)]);
simple(e, 'open', binding.open, (p, f, m) => [toPath(p), stringToFlags(typeof f === 'function' ? undefined : f), typeof m === 'function' ? 0o666 : parseMode(m, 'mode', 0o666)]);

// accessMode validates access() and copyFile() modes as Node's getValidMode.
function accessMode(m) {
  if (typeof m !== 'number') throw invalidArgType('mode', 'integer', m);
  if (!Number.isInteger(m)) throw outOfRange('mode', 'an integer', m);
  if (m < 0 || m > 7) throw errors.makeNodeError(RangeError, 'ERR_OUT_OF_RANGE', 'mode is out of range: >= 0 && <= 7');
  return m;
}
const copyMode = accessMode;

function lengthArg(len) {
  if (typeof len !== 'number') throw invalidArgType('len', 'number', len);
  return Math.max(0, Math.trunc(len));
}

// close(fd) without a callback is allowed in Node (the callback defaults).
const closeWithCb = e.close;
e.close = function close(fd, callback = () => {}) {
  return closeWithCb(fd, callback);
};

function truncateSync(path, len) {
  if (isFd(path)) return e.ftruncateSync(path, len);
  binding.truncate(toPath(path), len == null ? 0 : lengthArg(len));
}

function truncate(path, len, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  makeCallback(callback);
  if (isFd(path)) return e.ftruncate(path, len, callback);
  binding.truncate(toPath(path), len == null ? 0 : lengthArg(len), (err) => callback(err || null));
}

function realpathSync(path, options) {
  return encodeResult(binding.realpath(toPath(path), false), getOptions(options, {}).encoding);
}
realpathSync.native = function (path, options) {
  return encodeResult(binding.realpath(toPath(path), true), getOptions(options, {}).encoding);
};

function realpath(path, options, callback) {
  callback = maybeCallback(callback || options);
  const enc = getOptions(options, {}).encoding;
  binding.realpath(toPath(path), false, req(callback, (p) => encodeResult(p, enc)));
}
realpath.native = function (path, options, callback) {
  callback = maybeCallback(callback || options);
  const enc = getOptions(options, {}).encoding;
  binding.realpath(toPath(path), true, req(callback, (p) => encodeResult(p, enc)));
};

// ---- read / write on descriptors -------------------------------------------------

function validateBuffer(buffer, name = 'buffer') {
  if (!ArrayBuffer.isView(buffer)) throw invalidArgType(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
}

function positionArg(position) {
  if (position == null || position === -1) return -1;
  if (typeof position === 'bigint') return Number(position);
  if (typeof position !== 'number') throw invalidArgType('position', ['integer', 'bigint'], position);
  if (!Number.isInteger(position)) throw outOfRange('position', 'an integer', position);
  return position;
}

function readArgs(fd, buffer, offset, length, position) {
  validateFd(fd);
  if (buffer != null && !ArrayBuffer.isView(buffer) && typeof buffer === 'object') {
    ({ buffer = Buffer.alloc(16384), offset = 0, length, position = null } = buffer);
    if (length === undefined) length = buffer.byteLength - offset;
  } else if (offset != null && typeof offset === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
  }
  validateBuffer(buffer);
  if (offset == null) offset = 0;
  else {
    if (typeof offset !== 'number') throw invalidArgType('offset', 'number', offset);
    if (!Number.isInteger(offset)) throw outOfRange('offset', 'an integer', offset);
  }
  if (length === undefined) length = buffer.byteLength - offset;
  if (typeof length !== 'number') throw invalidArgType('length', 'number', length);
  if (offset < 0 || offset > buffer.byteLength) throw outOfRange('offset', '>= 0 && <= ' + buffer.byteLength, offset);
  if (length < 0) throw outOfRange('length', '>= 0', length);
  if (length > buffer.byteLength - offset) throw outOfRange('length', '<= ' + (buffer.byteLength - offset), length);
  return { fd, buffer, offset, length, position: positionArg(position) };
}

function readSync(fd, buffer, offset, length, position) {
  const a = readArgs(fd, buffer, offset, length, position);
  if (a.length === 0) return 0;
  return binding.read(a.fd, a.buffer, a.offset, a.length, a.position);
}

function read(fd, buffer, offset, length, position, callback) {
  const args = [buffer, offset, length, position, callback];
  let cb = undefined;
  while (args.length && cb === undefined) {
    const last = args.pop();
    if (typeof last === 'function') cb = last;
    else if (last !== undefined) {
      args.push(last);
      break;
    }
  }
  makeCallback(cb);
  if (args.length === 0) args.push({});
  const a = readArgs(fd, ...args);
  if (a.length === 0) {
    process.nextTick(cb, null, 0, a.buffer);
    return;
  }
  binding.read(a.fd, a.buffer, a.offset, a.length, a.position, (err, n) => {
    if (err) return cb(err);
    cb(null, n, a.buffer);
  });
}

function writeArgs(fd, buffer, offset, length, position) {
  validateFd(fd);
  if (typeof buffer === 'string') {
    // write(fd, string[, position[, encoding]])
    const encoding = typeof length === 'string' ? length : 'utf8';
    const bytes = Buffer.from(buffer, encoding);
    return { fd, bytes, offset: 0, length: bytes.length, position: positionArg(offset), original: buffer };
  }
  validateBuffer(buffer);
  if (offset != null && typeof offset === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
  }
  if (offset == null) offset = 0;
  else if (typeof offset !== 'number') throw invalidArgType('offset', 'number', offset);
  if (length == null) length = buffer.byteLength - offset;
  if (typeof length !== 'number') throw invalidArgType('length', 'number', length);
  if (offset < 0 || offset > buffer.byteLength) throw outOfRange('offset', '>= 0 && <= ' + buffer.byteLength, offset);
  if (length < 0 || length > buffer.byteLength - offset) throw outOfRange('length', '>= 0 && <= ' + (buffer.byteLength - offset), length);
  return { fd, bytes: buffer, offset, length, position: positionArg(position), original: buffer };
}

function writeSync(fd, buffer, offset, length, position) {
  if (typeof buffer !== 'string' && !ArrayBuffer.isView(buffer)) {
    throw invalidArgType('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  const a = writeArgs(fd, buffer, offset, length, position);
  return binding.write(a.fd, a.bytes, a.offset, a.length, a.position);
}

function write(fd, buffer, ...rest) {
  let cb;
  while (rest.length && cb === undefined) {
    const last = rest.pop();
    if (typeof last === 'function') cb = last;
    else if (last !== undefined) {
      rest.push(last);
      break;
    }
  }
  makeCallback(cb);
  if (typeof buffer !== 'string' && !ArrayBuffer.isView(buffer)) {
    throw invalidArgType('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  const a = writeArgs(fd, buffer, ...rest);
  binding.write(a.fd, a.bytes, a.offset, a.length, a.position, (err, n) => {
    if (err) return cb(err);
    cb(null, n, a.original);
  });
}

// vectorSync and vector run one native read or write per buffer, in order,
// advancing the position; a read stops at the first short read.
function vectorSync(native, isRead, fd, buffers, position) {
  let total = 0;
  let pos = positionArg(position);
  for (const b of buffers) {
    const n = native(validateFd(fd), b, 0, b.byteLength, pos);
    total += n;
    if (pos >= 0) pos += n;
    if (isRead && n < b.byteLength) break;
  }
  return total;
}

function vector(native, isRead, fd, buffers, position, callback) {
  if (typeof position === 'function') {
    callback = position;
    position = null;
  }
  makeCallback(callback);
  let total = 0;
  let pos = positionArg(position);
  let i = 0;
  const next = (err, n) => {
    if (err) return callback(err);
    if (n !== undefined) {
      total += n;
      if (pos >= 0) pos += n;
      if (isRead && n < buffers[i - 1].byteLength) return callback(null, total, buffers);
    }
    if (i >= buffers.length) return callback(null, total, buffers);
    const b = buffers[i++];
    native(validateFd(fd), b, 0, b.byteLength, pos, next);
  };
  next();
}

const writevSync = (fd, buffers, position) => vectorSync(binding.write, false, fd, buffers, position);
const writev = (fd, buffers, position, callback) => vector(binding.write, false, fd, buffers, position, callback);
const readvSync = (fd, buffers, position) => vectorSync(binding.read, true, fd, buffers, position);
const readv = (fd, buffers, position, callback) => vector(binding.read, true, fd, buffers, position, callback);

// ---- opendir -----------------------------------------------------------------------

class Dir {
  constructor(path, entries) {
    this.path = path;
    this._entries = entries;
    this._closed = false;
  }
  _closedError() {
    return errors.makeNodeError(Error, 'ERR_DIR_CLOSED', 'Directory handle was closed');
  }
  readSync() {
    if (this._closed) throw this._closedError();
    return this._entries.length ? this._entries.shift() : null;
  }
  read(callback) {
    if (callback === undefined) return new Promise((res, rej) => this.read((err, d) => (err ? rej(err) : res(d))));
    let v;
    try {
      v = this.readSync();
    } catch (err) {
      return process.nextTick(callback, err);
    }
    process.nextTick(callback, null, v);
  }
  closeSync() {
    if (this._closed) throw this._closedError();
    this._closed = true;
  }
  close(callback) {
    if (callback === undefined) return new Promise((res, rej) => this.close((err) => (err ? rej(err) : res())));
    try {
      this.closeSync();
    } catch (err) {
      return process.nextTick(callback, err);
    }
    process.nextTick(callback, null);
  }
  [Symbol.asyncIterator]() {
    return {
      next: () => {
        if (this._closed) return Promise.resolve({ value: undefined, done: true });
        const v = this.readSync();
        if (v === null) {
          this._closed = true;
          return Promise.resolve({ value: undefined, done: true });
        }
        return Promise.resolve({ value: v, done: false });
      },
      return: () => {
        this._closed = true;
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]() { return this; },
    };
  }
}

function opendirSync(path, options) {
  const p = toPath(path);
  return new Dir(p, readdirSync(p, Object.assign({}, getOptions(options, {}), { withFileTypes: true })));
}

function opendir(path, options, callback) {
  callback = maybeCallback(callback || options);
  const p = toPath(path);
  readdir(p, Object.assign({}, getOptions(options, {}), { withFileTypes: true }), (err, list) => {
    if (err) return callback(err);
    callback(null, new Dir(p, list));
  });
}

// ---- exports -------------------------------------------------------------------------

Object.assign(e, {
  readFile, readFileSync, writeFile, writeFileSync, appendFile, appendFileSync,
  stat, statSync, lstat, lstatSync, fstat, fstatSync, exists, existsSync,
  readdir, readdirSync, mkdir, mkdirSync, mkdtemp, mkdtempSync, rm, rmSync, rmdir, rmdirSync,
  cp, cpSync, truncate, truncateSync, realpath, realpathSync,
  read, readSync, write, writeSync, writev, writevSync, readv, readvSync,
  opendir, opendirSync, Dir, Dirent, Stats,
  constants, F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  _toUnixTimestamp: toUnixTimestamp,
});
// fs/promises shares the open-read-close steps; they are not Node API.
Object.defineProperties(e, {
  _readFileSteps: { value: readFileSteps, enumerable: false },
  _writeFileSteps: { value: writeFileSteps, enumerable: false },
});

// checkRead fails as node does when the permission model refuses to let
// filename be read; a path that is merely missing passes (watch reports
// it as its own error, watchFile polls until it appears).
function checkRead(filename) {
  if (process.permission === undefined) return;
  try {
    binding.access(toPath(filename), 0);
  } catch (err) {
    if (err && err.code === 'ERR_ACCESS_DENIED') throw err;
  }
}
e.watch = function watch(filename, options, listener) {
  // A watch reads its path: a refused one fails as under node first.
  checkRead(filename);
  if (typeof options === 'function') listener = options;
  if (options != null && typeof options !== 'string' && typeof options !== 'object' && typeof options !== 'function') {
    throw errors.makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
      'The "options" argument must be one of type string or object.' + errors.describeReceived(options));
  }
  options = Object.assign({}, getOptions(options, {}));
  if (options.persistent === undefined) options.persistent = true;
  if (options.recursive === undefined) options.recursive = false;
  if (typeof options.recursive !== 'boolean') throw invalidArgType('options.recursive', 'boolean', options.recursive);
  const path = toPath(filename);
  const watcher = new (require('internal/fs/watchers').FSWatcher)();
  watcher.start(path, options.persistent, options.recursive, options.encoding);
  if (listener) watcher.addListener('change', listener);
  const signal = options.signal;
  if (signal) {
    if (signal.aborted) {
      process.nextTick(() => watcher.close());
    } else {
      const onAbort = () => watcher.close();
      signal.addEventListener('abort', onAbort);
      watcher.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return watcher;
};
// statWatchers holds fs.watchFile's watchers by absolute path: watching
// a path again adds a listener to the same StatWatcher.
const statWatchers = new Map();
e.watchFile = function watchFile(filename, options, listener) {
  checkRead(filename);
  filename = require('path').resolve(toPath(filename));
  if (options === null || typeof options !== 'object') {
    listener = options;
    options = null;
  }
  options = { interval: 5007, persistent: true, ...options };
  errors.validateFunction(listener, 'listener');
  let stat = statWatchers.get(filename);
  if (stat === undefined) {
    stat = new (require('internal/fs/watchers').StatWatcher)(options.bigint);
    stat.start(filename, options.persistent, options.interval);
    statWatchers.set(filename, stat);
  }
  stat.addListener('change', listener);
  return stat;
};
e.unwatchFile = function unwatchFile(filename, listener) {
  filename = require('path').resolve(toPath(filename));
  const stat = statWatchers.get(filename);
  if (stat === undefined) return;
  if (typeof listener === 'function') stat.removeListener('change', listener);
  else stat.removeAllListeners('change');
  if (stat.listenerCount('change') === 0) {
    stat.stop();
    statWatchers.delete(filename);
  }
};

let streams;
function lazyStreams() {
  if (!streams) streams = require('internal/fs/streams');
  return streams;
}
e.createReadStream = function createReadStream(path, options) {
  return new (lazyStreams().ReadStream)(path, options);
};
e.createWriteStream = function createWriteStream(path, options) {
  return new (lazyStreams().WriteStream)(path, options);
};
for (const name of ['ReadStream', 'WriteStream', 'FileReadStream', 'FileWriteStream']) {
  Object.defineProperty(e, name, {
    get() { return lazyStreams()[name.replace('File', '')]; },
    set(v) { Object.defineProperty(e, name, { value: v, writable: true, configurable: true, enumerable: true }); },
    enumerable: true, configurable: true,
  });
}
Object.defineProperty(e, 'promises', {
  get() { return require('fs/promises'); },
  enumerable: true, configurable: true,
});
