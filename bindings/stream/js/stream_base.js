'use strict';
// HandleDuplex is a Duplex stream over a Go-backed handle (see handle.go):
// the one JS side of every Go-backed stream, as node's sockets sit on its
// StreamBase handles. Reading starts when the stream wants data and stops
// when its buffer is full; writes and the end go to the handle, which
// never blocks the loop.
const { Duplex } = require('stream');

function onread(stream, chunk, err) {
  if (err !== undefined) {
    stream.destroy(err);
  } else if (chunk === null) {
    stream.push(null);
  } else if (!stream.push(chunk)) {
    stream._handle.readStop();
  }
}

class HandleDuplex extends Duplex {
  constructor(handle, options) {
    super(options);
    this._handle = handle;
    handle.onread = (chunk, err) => onread(this, chunk, err);
  }

  _read() {
    if (this._handle !== null) this._handle.readStart();
  }

  _write(chunk, encoding, cb) {
    if (this._handle === null) return cb(new Error('This socket has been ended by the other party'));
    if (typeof chunk === 'string' && encoding !== 'utf8' && encoding !== 'utf-8') chunk = Buffer.from(chunk, encoding);
    const r = this._handle.writeBuffer(chunk, cb);
    if (r === 0) cb();
    else if (r !== 1) cb(r);
  }

  _final(cb) {
    if (this._handle === null) return cb();
    const r = this._handle.shutdown(cb);
    if (r === 0) cb();
    else if (r !== 1) cb(r);
  }

  _destroy(err, cb) {
    const handle = this._handle;
    if (handle === null) return cb(err);
    this._handle = null;
    handle.close();
    cb(err);
  }

  ref() {
    if (this._handle !== null) this._handle.ref();
    return this;
  }

  unref() {
    if (this._handle !== null) this._handle.unref();
    return this;
  }
}

module.exports = { HandleDuplex };
