'use strict';
// readFile, writeFile and appendFile in their sync and callback forms, and
// the open-read-close steps fs/promises shares.
const binding = internalBinding('fs');
const { Buffer } = require('buffer');
const errors = require('internal/errors');
const { constants, stringToFlags, parseMode, isFd, getOptions } = require('internal/fs/utils');
const { maybeCallback, fileArg, dataBytes, decode } = require('internal/fs/common');

// ---- readFile / writeFile / appendFile -----------------------------------------

function readFileArgs(path, options) {
  options = getOptions(options, { flag: 'r' });
  const file = fileArg(path);
  return { file, fd: isFd(file), flags: stringToFlags(options.flag, 'flags'), options };
}

function readFileSync(path, options) {
  const a = readFileArgs(path, options);
  return decode(binding.readFile(a.file, a.fd, a.flags), a.options.encoding);
}

function readFile(path, options, callback) {
  callback = maybeCallback(callback || options);
  const a = readFileArgs(path, options);
  const signal = a.options.signal;
  if (signal && signal.aborted) {
    process.nextTick(callback, errors.abortError(signal.reason));
    return;
  }
  readFileSteps(a.file, a.fd, a.flags, (err, buf) => {
    if (signal && signal.aborted) return callback(errors.abortError(signal.reason));
    if (err) return callback(err);
    let v;
    try {
      v = decode(buf, a.options.encoding);
    } catch (e) {
      return callback(e);
    }
    callback(null, v);
  });
}

const kReadFileBufferLength = 512 * 1024;
const kReadFileUnknownBufferLength = 64 * 1024;

// readFileSteps reads a whole file asynchronously in Node's steps (open,
// fstat, reads, close), each a separate trip to the loop, so that its
// callback lands in the same loop iteration as Node's.
function readFileSteps(file, isFdArg, flags, cb) {
  if (isFdArg) return start(file, false);
  binding.open(file, flags, 0o666, (err, fd) => {
    if (err) return cb(err);
    start(fd, true);
  });
  function start(fd, owned) {
    const finish = (err, data) => {
      if (!owned) return cb(err, data);
      binding.close(fd, (e2) => {
        if (err || e2) return cb(err || e2);
        cb(null, data);
      });
    };
    binding.fstat(fd, (err, st) => {
      if (err) return finish(err);
      const size = (st[1] & constants.S_IFMT) === constants.S_IFREG ? st[8] : 0;
      const chunks = [];
      let got = 0;
      const next = () => {
        const want = size ? Math.min(size - got, kReadFileBufferLength) : kReadFileUnknownBufferLength;
        binding.readChunk(fd, want, -1, (err, buf) => {
          if (err) return finish(err);
          if (buf.length > 0) {
            chunks.push(buf);
            got += buf.length;
          }
          if (buf.length === 0 || (size && got >= size)) {
            return finish(null, chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, got));
          }
          next();
        });
      };
      next();
    });
  }
}

// writeFileSteps writes a whole file asynchronously in Node's steps (open,
// writes, close). extra, if given, holds a signal whose abort stops the
// writes (with an AbortError), checked before each write as node does, and
// a sync function (the flush option) run as sync(fd, cb) after the last
// write, before the close.
function writeFileSteps(file, isFdArg, bytes, flags, mode, extra, cb) {
  const { signal, sync } = extra || {};
  if (isFdArg) return start(file, false);
  binding.open(file, flags, mode, (err, fd) => {
    if (err) return cb(err);
    start(fd, true);
  });
  function start(fd, owned) {
    const finish = (err) => {
      if (!owned) return cb(err || null);
      binding.close(fd, (e2) => cb(err || e2 || null));
    };
    let off = 0;
    const next = () => {
      if (off >= bytes.byteLength) {
        if (sync) return sync(fd, (err) => finish(err));
        return finish(null);
      }
      if (signal && signal.aborted) return finish(errors.abortError(signal.reason));
      binding.write(fd, bytes, off, bytes.byteLength - off, -1, (err, n) => {
        if (err) return finish(err);
        off += n;
        next();
      });
    };
    next();
  }
}

function writeFileArgs(path, data, options, flag) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag, flush: false });
  const flush = options.flush ?? false;
  errors.validateBoolean(flush, 'options.flush');
  const file = fileArg(path, 'path');
  const bytes = dataBytes(data, options.encoding);
  return {
    file, fd: isFd(file), bytes, flags: stringToFlags(options.flag, 'flags'), mode: parseMode(options.mode, 'mode', 0o666),
    options, flush,
  };
}

// With the flush option, writeFileSync opens, writes, syncs (fs.fsyncSync,
// as node calls it) and closes in steps; otherwise in one call.
function writeFileSync(path, data, options) {
  const a = writeFileArgs(path, data, options, 'w');
  if (!a.flush) {
    binding.writeFile(a.file, a.fd, a.bytes, a.flags, a.mode);
    return;
  }
  const fs = require('fs');
  const fd = a.fd ? a.file : fs.openSync(a.file, a.flags, a.mode);
  try {
    binding.writeFile(fd, true, a.bytes, a.flags, a.mode);
    fs.fsyncSync(fd);
  } finally {
    if (!a.fd) fs.closeSync(fd);
  }
}

// fsyncPublic syncs through the fs module's own fsync, as node's writeFile
// does (so a replaced fs.fsync is the one called).
function fsyncPublic(fd, cb) {
  require('fs').fsync(fd, cb);
}

function writeFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  const a = writeFileArgs(path, data, typeof options === 'function' ? undefined : options, 'w');
  const signal = a.options.signal;
  if (signal && signal.aborted) {
    process.nextTick(callback, errors.abortError(signal.reason));
    return;
  }
  writeFileSteps(a.file, a.fd, a.bytes, a.flags, a.mode, { signal, sync: a.flush ? fsyncPublic : undefined }, (err) => callback(err || null));
}

function appendOptions(options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  if (!options.flag || isFd(options.flag)) options = Object.assign({}, options, { flag: 'a' });
  return options;
}

function appendFileSync(path, data, options) {
  writeFileSync(path, data, appendOptions(options));
}

function appendFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  writeFile(path, data, appendOptions(typeof options === 'function' ? undefined : options), callback);
}

module.exports = {
  readFileSync, readFile, writeFileSync, writeFile, appendFileSync, appendFile, readFileSteps, writeFileSteps,
};
