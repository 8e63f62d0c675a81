'use strict';
// Shared pieces of fs: argument checks worded as Node words them, open
// flags, Stats, Dirent, SystemError and fs.constants.
const { Buffer } = require('buffer');
const errors = require('internal/errors');
const { invalidArgType, invalidArgValue, makeNodeError } = errors;

const constants = Object.freeze(Object.assign(Object.create(null), {
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4,
  UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7,
  EXTENSIONLESS_FORMAT_JAVASCRIPT: 0, EXTENSIONLESS_FORMAT_WASM: 1,
  S_IFMT: 61440, S_IFREG: 32768, S_IFDIR: 16384, S_IFCHR: 8192, S_IFBLK: 24576, S_IFIFO: 4096,
  S_IFLNK: 40960, S_IFSOCK: 49152, O_CREAT: 64, O_EXCL: 128, UV_FS_O_FILEMAP: 0, O_NOCTTY: 256,
  O_TRUNC: 512, O_APPEND: 1024, O_DIRECTORY: 65536, O_NOATIME: 262144, O_NOFOLLOW: 131072,
  O_SYNC: 1052672, O_DSYNC: 4096, O_DIRECT: 16384, O_NONBLOCK: 2048,
  S_IRWXU: 448, S_IRUSR: 256, S_IWUSR: 128, S_IXUSR: 64, S_IRWXG: 56, S_IRGRP: 32, S_IWGRP: 16,
  S_IXGRP: 8, S_IRWXO: 7, S_IROTH: 4, S_IWOTH: 2, S_IXOTH: 1, F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1, UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
}));

const { O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC } = constants;

// stringToFlags turns 'r', 'w+', 'ax', ... (or a number) into open flags.
function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O_RDONLY;
  switch (flags) {
    case 'r': return O_RDONLY;
    case 'rs': case 'sr': return O_RDONLY | O_SYNC;
    case 'r+': return O_RDWR;
    case 'rs+': case 'sr+': return O_RDWR | O_SYNC;
    case 'w': return O_TRUNC | O_CREAT | O_WRONLY;
    case 'wx': case 'xw': return O_TRUNC | O_CREAT | O_WRONLY | O_EXCL;
    case 'w+': return O_TRUNC | O_CREAT | O_RDWR;
    case 'wx+': case 'xw+': return O_TRUNC | O_CREAT | O_RDWR | O_EXCL;
    case 'a': return O_APPEND | O_CREAT | O_WRONLY;
    case 'ax': case 'xa': return O_APPEND | O_CREAT | O_WRONLY | O_EXCL;
    case 'as': case 'sa': return O_APPEND | O_CREAT | O_WRONLY | O_SYNC;
    case 'a+': return O_APPEND | O_CREAT | O_RDWR;
    case 'ax+': case 'xa+': return O_APPEND | O_CREAT | O_RDWR | O_EXCL;
    case 'as+': case 'sa+': return O_APPEND | O_CREAT | O_RDWR | O_SYNC;
  }
  throw invalidArgValue(name, flags);
}

// parseMode accepts a number or an octal string, as Node's parseFileMode.
function parseMode(value, name, def) {
  if (value == null) return def;
  if (typeof value === 'string') {
    if (!/^[0-7]+$/.test(value)) throw invalidArgValue(name, value, 'must be a 32-bit unsigned integer or an octal string');
    value = parseInt(value, 8);
  }
  if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
  if (!Number.isInteger(value)) throw errors.outOfRange(name, 'an integer', value);
  if (value < 0 || value > 4294967295) throw errors.outOfRange(name, '>= 0 && <= 4294967295', value);
  return value;
}

function fileURLToPath(url) {
  if (url.protocol !== 'file:') {
    throw makeNodeError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
  }
  if (url.hostname !== '' && url.hostname !== 'localhost') {
    throw makeNodeError(TypeError, 'ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on linux');
  }
  const p = url.pathname;
  if (/%2f/i.test(p)) {
    throw makeNodeError(TypeError, 'ERR_INVALID_FILE_URL_PATH', 'File URL path must not include encoded / characters');
  }
  return decodeURIComponent(p);
}

function isURL(v) {
  return v != null && typeof v === 'object' && typeof v.href === 'string' && typeof v.protocol === 'string' &&
    v.auth === undefined && v.path === undefined;
}

// toPath returns a path argument (string, Buffer or file: URL) as a string.
function toPath(p, name = 'path') {
  if (typeof p !== 'string') {
    if (p instanceof Uint8Array) p = Buffer.from(p.buffer, p.byteOffset, p.byteLength).toString();
    else if (isURL(p)) p = fileURLToPath(p);
    else throw invalidArgType(name, ['string', 'Buffer', 'URL'], p);
  }
  if (p.indexOf('\u0000') !== -1) {
    throw invalidArgValue(name, p, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return p;
}

function isFd(v) {
  return typeof v === 'number';
}

function validateFd(fd, name = 'fd') {
  if (typeof fd !== 'number') throw invalidArgType(name, 'number', fd);
  if (!Number.isInteger(fd)) throw errors.outOfRange(name, 'an integer', fd);
  if (fd < 0 || fd > 2147483647) throw errors.outOfRange(name, '>= 0 && <= 2147483647', fd);
  return fd;
}

function assertEncoding(encoding) {
  if (encoding && encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
    throw invalidArgValue('encoding', encoding, 'is invalid encoding');
  }
}

// getOptions normalizes an options argument (string encoding or object).
function getOptions(options, defaults) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    defaults = Object.assign({}, defaults);
    defaults.encoding = options;
    options = defaults;
  } else if (typeof options !== 'object') {
    throw invalidArgType('options', ['string', 'Object'], options);
  } else {
    options = Object.assign({}, defaults, options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) errors.validateAbortSignal(options.signal, 'options.signal');
  return options;
}

// ---- Stats -------------------------------------------------------------------

const { S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK } = constants;

class StatsBase {
  isDirectory() { return this._checkModeProperty(S_IFDIR); }
  isFile() { return this._checkModeProperty(S_IFREG); }
  isBlockDevice() { return this._checkModeProperty(S_IFBLK); }
  isCharacterDevice() { return this._checkModeProperty(S_IFCHR); }
  isSymbolicLink() { return this._checkModeProperty(S_IFLNK); }
  isFIFO() { return this._checkModeProperty(S_IFIFO); }
  isSocket() { return this._checkModeProperty(S_IFSOCK); }
}
Object.defineProperty(StatsBase.prototype, '_checkModeProperty', {
  value: function (type) { return (Number(this.mode) & S_IFMT) === type; },
  writable: true, configurable: true, enumerable: false,
});

function msOf(sec, nsec) {
  return sec * 1e3 + nsec / 1e6;
}

// dateFromMs is a Stats time as a Date: node rounds the milliseconds.
function dateFromMs(ms) {
  return new Date(Math.round(ms));
}

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  this.dev = dev; this.mode = mode; this.nlink = nlink; this.uid = uid; this.gid = gid; this.rdev = rdev;
  this.blksize = blksize; this.ino = ino; this.size = size; this.blocks = blocks;
  this.atimeMs = atimeMs; this.mtimeMs = mtimeMs; this.ctimeMs = ctimeMs; this.birthtimeMs = birthtimeMs;
  this.atime = dateFromMs(atimeMs); this.mtime = dateFromMs(mtimeMs);
  this.ctime = dateFromMs(ctimeMs); this.birthtime = dateFromMs(birthtimeMs);
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);
Stats.prototype.isFile = StatsBase.prototype.isFile;

class BigIntStats extends StatsBase {}

function bigintStats(f) {
  const s = Object.create(BigIntStats.prototype);
  const names = ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks'];
  for (let i = 0; i < names.length; i++) s[names[i]] = BigInt(f[i]);
  const times = ['atime', 'mtime', 'ctime', 'birthtime'];
  const ns = [];
  for (let i = 0; i < 4; i++) ns.push(BigInt(f[10 + 2 * i]) * 1000000000n + BigInt(f[11 + 2 * i]));
  for (let i = 0; i < 4; i++) s[times[i] + 'Ms'] = ns[i] / 1000000n;
  for (let i = 0; i < 4; i++) s[times[i] + 'Ns'] = ns[i];
  for (let i = 0; i < 4; i++) s[times[i]] = new Date(Number(ns[i] / 1000000n));
  return s;
}

// makeStats builds Stats (or BigIntStats) from the native's number array.
function makeStats(f, bigint) {
  if (bigint) return bigintStats(f);
  // A literal defines its own properties outright, where the assignments
  // in the constructor would first look each name up along the prototype
  // chain; the object is the same (fields, order, prototype).
  // msOf and dateFromMs written out: calls cost here.
  const atimeMs = f[10] * 1e3 + f[11] / 1e6, mtimeMs = f[12] * 1e3 + f[13] / 1e6;
  const ctimeMs = f[14] * 1e3 + f[15] / 1e6, birthtimeMs = f[16] * 1e3 + f[17] / 1e6;
  const round = Math.round;
  return {
    __proto__: Stats.prototype,
    dev: f[0], mode: f[1], nlink: f[2], uid: f[3], gid: f[4], rdev: f[5],
    blksize: f[6], ino: f[7], size: f[8], blocks: f[9],
    atimeMs, mtimeMs, ctimeMs, birthtimeMs,
    atime: new Date(round(atimeMs)), mtime: new Date(round(mtimeMs)),
    ctime: new Date(round(ctimeMs)), birthtime: new Date(round(birthtimeMs)),
  };
}

// ---- Dirent ------------------------------------------------------------------

const kType = Symbol('type');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }
  isDirectory() { return this[kType] === 2; }
  isFile() { return this[kType] === 1; }
  isBlockDevice() { return this[kType] === 7; }
  isCharacterDevice() { return this[kType] === 6; }
  isSymbolicLink() { return this[kType] === 3; }
  isFIFO() { return this[kType] === 4; }
  isSocket() { return this[kType] === 5; }
}

// ---- SystemError -------------------------------------------------------------

const systemErrorPrefixes = {
  ERR_FS_EISDIR: 'Path is a directory',
  ERR_FS_CP_EINVAL: 'Invalid src or dest',
  ERR_FS_CP_EEXIST: 'Target already exists',
  ERR_FS_CP_DIR_TO_NON_DIR: 'Cannot overwrite directory with non-directory',
  ERR_FS_CP_NON_DIR_TO_DIR: 'Cannot overwrite non-directory with directory',
};

class SystemError extends Error {}
Object.defineProperty(SystemError.prototype, 'name', { value: 'SystemError', writable: true, configurable: true, enumerable: false });

// makeSystemError builds Node's SystemError (ERR_FS_EISDIR and friends).
function makeSystemError(code, info) {
  let message = systemErrorPrefixes[code] + ': ' + info.syscall + ' returned ' + info.code + ' (' + info.message + ')';
  if (info.path !== undefined) message += ' ' + info.path;
  if (info.dest !== undefined) message += ' => ' + info.dest;
  const e = new SystemError(message);
  Object.defineProperty(e, 'stack', {
    value: 'SystemError [' + code + ']: ' + message + e.stack.slice(e.stack.indexOf('\n') < 0 ? e.stack.length : e.stack.indexOf('\n')),
    writable: true, configurable: true, enumerable: false,
  });
  e.code = code;
  Object.defineProperty(e, 'info', { value: info, enumerable: true, configurable: true, writable: false });
  for (const k of ['errno', 'syscall', 'path', 'dest']) {
    if (info[k] === undefined) continue;
    Object.defineProperty(e, k, {
      get() { return info[k]; },
      set(v) { info[k] = v; },
      enumerable: true, configurable: true,
    });
  }
  Object.defineProperty(e, 'toString', {
    value() { return 'SystemError [' + code + ']: ' + this.message; },
    writable: true, configurable: true, enumerable: false,
  });
  return e;
}

// toUnixTimestamp converts a Date, number or numeric string to seconds.
function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time;
  if (typeof time === 'number' && Number.isFinite(time)) {
    if (time < 0) return Date.now() / 1000;
    return time;
  }
  if (time instanceof Date) return time.getTime() / 1000;
  throw invalidArgType(name, ['Date', 'Time in seconds'], time);
}

module.exports = {
  constants, stringToFlags, parseMode, toPath, isFd, validateFd, getOptions, assertEncoding,
  Stats, BigIntStats, makeStats, Dirent, makeSystemError, toUnixTimestamp, fileURLToPath,
};
internalBinding('fs').makeSystemError = makeSystemError;
