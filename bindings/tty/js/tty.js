'use strict';
// Node's tty module. ReadStream and WriteStream wrap a terminal descriptor;
// writes are synchronous, as Node's are for terminals.
const { Duplex } = require('stream');
const errors = require('internal/errors');
const { getColorDepth, hasColors } = require('internal/tty');
const native = internalBinding('tty');
const kFd = Symbol('kFd');
const kReader = Symbol.for('jsproc.tty.reader');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && native.isatty(fd);
}

function validateFd(fd) {
  if (!Number.isInteger(fd) || fd < 0 || fd > 2147483647) {
    throw errors.makeNodeError(RangeError, 'ERR_INVALID_FD', `"fd" must be a positive integer: ${fd}`);
  }
}

// ttyInitFailed is Node's SystemError for a descriptor that is no terminal.
function ttyInitFailed(errno) {
  const code = native.errname(errno);
  const message = native.errmessage(errno);
  const info = { errno, code, message, syscall: 'uv_tty_init' };
  const text = `TTY initialization failed: uv_tty_init returned ${code} (${message})`;
  const e = new Error(text);
  Object.defineProperty(e, 'name', { value: 'SystemError', writable: true, configurable: true, enumerable: false });
  Object.defineProperty(e, 'code', { value: 'ERR_TTY_INIT_FAILED', writable: true, configurable: true, enumerable: true });
  Object.defineProperty(e, 'info', { value: info, writable: true, configurable: true, enumerable: true });
  Object.defineProperty(e, 'errno', { get() { return info.errno; }, set(v) { info.errno = v; }, configurable: true, enumerable: true });
  Object.defineProperty(e, 'syscall', { get() { return info.syscall; }, set(v) { info.syscall = v; }, configurable: true, enumerable: true });
  Object.defineProperty(e, 'toString', { value() { return `SystemError [ERR_TTY_INIT_FAILED]: ${text}`; }, writable: true, configurable: true, enumerable: false });
  if (typeof e.stack === 'string') {
    const nl = e.stack.indexOf('\n');
    e.stack = `SystemError [ERR_TTY_INIT_FAILED]: ${text}` + (nl < 0 ? '' : e.stack.slice(nl));
  }
  return e;
}

function initTTY(fd) {
  validateFd(fd);
  const errno = native.initTTY(fd);
  if (errno !== 0) throw ttyInitFailed(errno);
}

function uvException(errno, syscall) {
  const code = native.errname(errno);
  const e = new Error(`${syscall} ${code}`);
  e.errno = errno;
  e.code = code;
  e.syscall = syscall;
  return e;
}

// ttyDuplex sets self up as a Duplex over fd, as Node's tty streams are
// sockets: reading starts on the first read(), writes are synchronous.
function ttyDuplex(self, fd, options) {
  let reader = null;
  const open = () => {
    reader = native.openReader(fd, (chunk, err) => {
      if (err !== undefined) self.destroy(err);
      else if (chunk === null) self.push(null);
      else if (!self.push(chunk)) reader.pause();
    });
  };
  Object.defineProperty(self, kFd, { value: fd });
  // The reader's control object (see runtime.ReadStream), started first
  // when open is true; null before the first read otherwise. process.stdin
  // uses it to stop reading once paused and to hand its bytes to readline.
  Object.defineProperty(self, kReader, {
    value: (start) => {
      if (start && reader === null) open();
      return reader;
    },
  });
  Duplex.call(self, {
    readableHighWaterMark: 0,
    decodeStrings: false,
    ...options,
    read() {
      if (reader === null) open();
      else reader.resume();
    },
    write(chunk, encoding, cb) {
      if (typeof chunk === 'string' && encoding !== 'utf8' && encoding !== 'utf-8' && encoding !== 'buffer') {
        chunk = Buffer.from(chunk, encoding);
      }
      const errno = native.write(fd, chunk);
      cb(errno === 0 ? null : uvException(errno, 'write'));
    },
    destroy(err, cb) {
      if (reader !== null) reader.close();
      cb(err);
    },
  });
  const pause = self.pause;
  self.pause = function () {
    if (reader !== null) reader.pause(true);
    return pause.call(this);
  };
  self.ref = () => { if (reader !== null) reader.ref(); return self; };
  self.unref = () => { if (reader !== null) reader.unref(); return self; };
}

function ReadStream(fd, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd, options);
  initTTY(fd);
  ttyDuplex(this, fd, options);
  this.isRaw = false;
  this.isTTY = true;
}
Object.setPrototypeOf(ReadStream.prototype, Duplex.prototype);
Object.setPrototypeOf(ReadStream, Duplex);

ReadStream.prototype.setRawMode = function setRawMode(flag) {
  flag = !!flag;
  const errno = native.setRawMode(this[kFd], flag);
  if (errno !== 0) {
    this.emit('error', uvException(errno, 'setRawMode'));
    return this;
  }
  this.isRaw = flag;
  return this;
};

function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  initTTY(fd);
  ttyDuplex(this, fd);
  this.columns = undefined;
  this.rows = undefined;
  const size = native.windowSize(fd);
  if (Array.isArray(size)) {
    this.columns = size[0];
    this.rows = size[1];
  }
}
Object.setPrototypeOf(WriteStream.prototype, Duplex.prototype);
Object.setPrototypeOf(WriteStream, Duplex);

WriteStream.prototype.isTTY = true;
WriteStream.prototype.getColorDepth = getColorDepth;
WriteStream.prototype.hasColors = hasColors;

// _refreshSize re-reads the window size and emits 'resize' when it changed.
WriteStream.prototype._refreshSize = function () {
  const oldCols = this.columns;
  const oldRows = this.rows;
  const size = native.windowSize(this[kFd]);
  if (!Array.isArray(size)) {
    this.emit('error', uvException(size, 'getWindowSize'));
    return;
  }
  const [newCols, newRows] = size;
  if (oldCols !== newCols || oldRows !== newRows) {
    this.columns = newCols;
    this.rows = newRows;
    this.emit('resize');
  }
};

WriteStream.prototype.cursorTo = function (x, y, cb) {
  return require('readline').cursorTo(this, x, y, cb);
};
WriteStream.prototype.moveCursor = function (dx, dy, cb) {
  return require('readline').moveCursor(this, dx, dy, cb);
};
WriteStream.prototype.clearLine = function (dir, cb) {
  return require('readline').clearLine(this, dir, cb);
};
WriteStream.prototype.clearScreenDown = function (cb) {
  return require('readline').clearScreenDown(this, cb);
};
WriteStream.prototype.getWindowSize = function () {
  return [this.columns, this.rows];
};

module.exports = { isatty, ReadStream, WriteStream };
