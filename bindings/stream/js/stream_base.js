'use strict';
// HandleDuplex is a Duplex stream over a Go-backed handle (see handle.go):
// the one JS side of every Go-backed stream, as node's sockets sit on its
// StreamBase handles. Reading starts when the stream wants data and stops
// when its buffer is full; writes and the end go to the handle, which
// never blocks the loop. It is a plain constructor function, as node's
// stream classes are, so that subclasses written either way can call it.
const { Duplex } = require('stream');
const { makeNodeError } = require('internal/errors');

function onread(stream, chunk, err) {
  if (err !== undefined) {
    stream.destroy(err);
  } else if (chunk === null) {
    // As node's sockets do: the read(0) lets 'end' come even when nothing
    // reads the stream.
    stream.push(null);
    stream.read(0);
  } else {
    stream._bytesRead += chunk.length;
    if (!stream.push(chunk) && stream._handle !== null) stream._handle.readStop();
  }
}

// handle may be null and attached later with _attach (a socket that is
// still connecting).
function HandleDuplex(handle, options) {
  Duplex.call(this, options);
  this._handle = null;
  this._wantRead = false;
  this._bytesRead = 0;
  this._diverter = null;
  if (handle) this._attach(handle);
}
Object.setPrototypeOf(HandleDuplex.prototype, Duplex.prototype);
Object.setPrototypeOf(HandleDuplex, Duplex);

HandleDuplex.prototype._attach = function (handle) {
  this._handle = handle;
  handle.onread = (chunk, err) => onread(this, chunk, err);
  const diverter = this._diverter;
  if (diverter) {
    this._diverter = null;
    handle.divert(diverter);
  }
  if (this._wantRead) {
    this._wantRead = false;
    handle.readStart();
  }
};

HandleDuplex.prototype._read = function () {
  if (this._handle !== null) this._handle.readStart();
  else this._wantRead = true;
};

HandleDuplex.prototype._write = function (chunk, encoding, cb) {
  if (this._handle === null) return cb(new Error('This socket has been ended by the other party'));
  if (typeof chunk === 'string' && encoding !== 'utf8' && encoding !== 'utf-8') {
    // As node's stream handles: a string said to be a buffer is refused
    // by the handle's writeBuffer, synchronously.
    if (encoding === 'buffer') throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'Second argument must be a buffer');
    chunk = Buffer.from(chunk, encoding);
  }
  const r = this._handle.writeBuffer(chunk, cb);
  if (r === 0) cb();
  else if (r !== 1) cb(r);
};

HandleDuplex.prototype._final = function (cb) {
  if (this._handle === null) return cb();
  const r = this._handle.shutdown(cb);
  if (r === 0) cb();
  else if (r !== 1) cb(r);
};

HandleDuplex.prototype._destroy = function (err, cb) {
  const handle = this._handle;
  if (handle === null) return cb(err);
  this._handle = null;
  handle.close();
  cb(err);
};

// A consumer that reads the stream in Go (readline) takes its bytes here
// (from the handle once attached, for a socket still connecting); false
// when the handle cannot be diverted.
HandleDuplex.prototype[Symbol.for('jsproc.stream.divert')] = function (diverter) {
  if (this._handle === null) {
    if (this.destroyed || this._diverter) return false;
    this._diverter = diverter;
    return true;
  }
  return typeof this._handle.divert === 'function' && this._handle.divert(diverter);
};

HandleDuplex.prototype.ref = function () {
  if (this._handle !== null) this._handle.ref();
  return this;
};

HandleDuplex.prototype.unref = function () {
  if (this._handle !== null) this._handle.unref();
  return this;
};

module.exports = { HandleDuplex };
