'use strict';
// Socket is the Duplex an HTTP connection shows scripts (req.socket,
// res.socket, 'connection', 'upgrade'): bindings/stream's HandleDuplex
// over the Go connection, with net.Socket's addresses, timeouts and
// options. While the connection parses HTTP, its bytes go to the parser
// and the stream sees only the end of input.
const { HandleDuplex } = require('internal/stream_base');

// Taken once, as node's internals take theirs: a global's lookup costs
// more than the call on a request's path.
const { nextTick } = process;
const DateNow = Date.now;

function finishResponse(res) { res._onFinish(); }

class Socket extends HandleDuplex {
  constructor(handle, options) {
    super(handle, { allowHalfOpen: true, ...options });
    this._httpEnd = null; // set while the parser owns the reads
    this._timeoutMs = 0;
    this._timer = null;
    this._timerDue = 0;
    this._fastDoneCb = null;
    this._fastQueue = [];
    this._lastActive = 0;
    this._peer = undefined;
    this.server = null;
    this.parser = null;
    this._httpMessage = null;
    this.bytesRead = 0;
    const base = handle.onread;
    handle.onread = (chunk, err) => {
      this._lastActive = DateNow();
      if (this._httpEnd !== null && chunk === null) return this._httpEnd(err);
      base(chunk, err);
    };
  }

  _peerInfo() {
    if (this._peer === undefined) this._peer = this._handle ? this._handle.peer() : undefined;
    return this._peer;
  }
  get remoteAddress() { const p = this._peerInfo(); return p && p.address; }
  get remotePort() { const p = this._peerInfo(); return p && p.port; }
  get remoteFamily() { const p = this._peerInfo(); return p && p.family; }
  get localAddress() { const l = this._handle && this._handle.local(); return l && l.address; }
  get localPort() { const l = this._handle && this._handle.local(); return l && l.port; }
  get readyState() {
    if (this.destroyed) return 'closed';
    if (this.readable && this.writable) return 'open';
    if (this.readable) return 'readOnly';
    if (this.writable) return 'writeOnly';
    return 'closed';
  }
  get connecting() { return false; }
  get pending() { return false; }
  get bufferSize() { return this.writableLength; }
  get encrypted() { return this._tls === true ? true : undefined; }
  address() { return (this._handle && this._handle.local()) || {}; }

  setNoDelay(on = true) { if (this._handle) this._handle.setNoDelay(!!on); return this; }
  setKeepAlive(on = false, delay = 0) { if (this._handle) this._handle.setKeepAlive(!!on, ~~(delay)); return this; }

  // setTimeout emits 'timeout' after ms without reads or writes. One
  // timer serves every call: it re-arms itself for the idle time left
  // when it fires early, and is replaced only when the new deadline comes
  // before it, so that a keep-alive connection does not make and clear a
  // timer per request.
  setTimeout(ms, cb) {
    if (typeof cb === 'function') {
      if (ms === 0) this.removeListener('timeout', cb);
      else this.once('timeout', cb);
    }
    this._timeoutMs = ms;
    if (ms > 0 && !this._writableState.destroyed) {
      const now = DateNow();
      this._lastActive = now;
      if (this._timer === null || now + ms < this._timerDue) {
        if (this._timer) clearTimeout(this._timer);
        this._arm(ms, now);
      }
    }
    return this;
  }

  _arm(delay, now) {
    this._timerDue = now + delay;
    this._timer = setTimeout(() => {
      this._timer = null;
      if (this.destroyed || this._timeoutMs <= 0) return;
      const t = DateNow();
      const idle = t - this._lastActive;
      if (idle < this._timeoutMs) return this._arm(this._timeoutMs - idle, t);
      this.emit('timeout');
    }, delay);
    this._timer.unref();
  }

  _touch() { this._lastActive = DateNow(); }

  _write(chunk, encoding, cb) {
    this._lastActive = DateNow();
    super._write(chunk, encoding, cb);
  }

  // _destroy closes the handle; 'close' follows once it is closed, in a
  // later macrotask, as a libuv handle's close callback is.
  _destroy(err, cb) {
    if (this._timer) { clearTimeout(this._timer); this._timer = null; }
    const handle = this._handle;
    if (handle === null) return cb(err);
    this._handle = null;
    handle.close(() => cb(err));
  }

  destroySoon() {
    if (this.writable) this.end();
    if (this.writableFinished) this.destroy();
    else this.once('finish', () => this.destroy());
  }

  // _fastWrite hands a chunk (a Buffer, or a string in utf8, or in
  // latin1 when latin1 is set) straight to the handle when the stream has
  // nothing queued: the path of every HTTP head and body. It returns
  // 'sync' when the handle took it all, 'async' when cb follows its
  // completion, and false when the caller must go through write().
  _fastWrite(chunk, latin1, cb, owner) {
    // The stream's state read once, not through its getters.
    const ws = this._writableState;
    if (this._handle === null || ws.ending || ws.destroyed || ws.length > 0 || ws.corked) return false;
    // The time of the last activity counts only while a timeout is set
    // (setting one resets it).
    if (this._timeoutMs > 0) this._lastActive = DateNow();
    // The handle finishes its writes in order: the writes still out wait
    // in a queue, so that no completion callback is made per write.
    let done = this._fastDoneCb;
    if (done === null) done = this._fastDoneCb = (err) => this._fastFinished(err);
    const r = latin1 ? this._handle.writeLatin1(chunk, done) : this._handle.writeBuffer(chunk, done);
    if (r === 0) { if (cb) nextTick(cb); return 'sync'; }
    if (r === 1) {
      if (owner) owner._fastPending();
      this._fastQueue.push(owner || null, cb || null);
      return 'async';
    }
    this.destroy(r);
    return 'sync';
  }

  // _fastEnd writes a response's ASCII head and its whole body (utf8),
  // as the last chunk with the trailer when the response is chunked, in
  // one write whose completion finishes the response; false when the
  // stream has something queued or the body is long (the handle declines
  // it, writing nothing).
  _fastEnd(res, body) {
    const ws = this._writableState;
    if (this._handle === null || ws.ending || ws.destroyed || ws.length > 0 || ws.corked) return false;
    // The time of the last activity counts only while a timeout is set
    // (setting one resets it).
    if (this._timeoutMs > 0) this._lastActive = DateNow();
    let done = this._fastDoneCb;
    if (done === null) done = this._fastDoneCb = (err) => this._fastFinished(err);
    const r = this._handle.writeResponse(res._header, body, res.chunkedEncoding ? res._trailer : undefined, done);
    if (r === 2) return false;
    if (r === 0) {
      nextTick(finishResponse, res);
    } else if (r === 1) {
      res._fastPending();
      this._fastQueue.push(res, res._finishCb || (res._finishCb = () => res._onFinish()));
    } else {
      this.destroy(r);
    }
    return true;
  }

  _fastFinished(err) {
    const q = this._fastQueue;
    const owner = q.shift();
    const cb = q.shift();
    if (owner) owner._fastDone();
    if (cb) cb(err);
  }
}

module.exports = { Socket };
