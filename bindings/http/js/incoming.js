'use strict';
// IncomingMessage: a request as a server sees it, or a response as a
// client sees it; a Readable of the body, with the head's fields.
const { Readable } = require('stream');

// Headers whose duplicates node drops (the first one wins).
const kSingle = new Set(['content-type', 'content-length', 'user-agent', 'referer', 'host', 'authorization',
  'proxy-authorization', 'if-modified-since', 'if-unmodified-since', 'from', 'location', 'max-forwards',
  'retry-after', 'etag', 'last-modified', 'server', 'age', 'expires']);

function addHeaderLine(dest, field, value) {
  const k = field.toLowerCase();
  const cur = dest[k];
  if (cur === undefined) {
    dest[k] = k === 'set-cookie' ? [value] : value;
  } else if (k === 'set-cookie') {
    cur.push(value);
  } else if (kSingle.has(k)) {
    // dropped
  } else if (k === 'cookie') {
    dest[k] = cur + '; ' + value;
  } else {
    dest[k] = cur + ', ' + value;
  }
}

function headersFromRaw(raw) {
  const out = {};
  for (let i = 0; i < raw.length; i += 2) addHeaderLine(out, raw[i], raw[i + 1]);
  return out;
}

function distinctFromRaw(raw) {
  const out = {};
  for (let i = 0; i < raw.length; i += 2) {
    const k = raw[i].toLowerCase();
    if (out[k] === undefined) out[k] = [raw[i + 1]];
    else out[k].push(raw[i + 1]);
  }
  return out;
}

class IncomingMessage extends Readable {
  constructor(socket) {
    super();
    this.socket = socket;
    this.httpVersionMajor = 1;
    this.httpVersionMinor = 1;
    this.httpVersion = '1.1';
    this.complete = false;
    this.rawHeaders = [];
    this.rawTrailers = [];
    this.joinDuplicateHeaders = false;
    this.aborted = false;
    this.upgrade = null;
    this.url = '';
    this.method = null;
    this.statusCode = null;
    this.statusMessage = null;
    this.client = socket;
    this._consuming = false;
    this._dumped = false;
    this._headers = null;
    this._trailers = null;
    this._paused = false; // the socket was paused for this body
  }

  get connection() { return this.socket; }
  set connection(v) { this.socket = v; }

  get headers() {
    if (this._headers === null) this._headers = headersFromRaw(this.rawHeaders);
    return this._headers;
  }
  set headers(v) { this._headers = v; }
  get headersDistinct() { return distinctFromRaw(this.rawHeaders); }
  get trailers() {
    if (this._trailers !== null) return this._trailers;
    const t = headersFromRaw(this.rawTrailers);
    if (this.complete) this._trailers = t;
    return t;
  }
  set trailers(v) { this._trailers = v; }
  get trailersDistinct() { return distinctFromRaw(this.rawTrailers); }

  setTimeout(ms, cb) {
    if (cb) this.on('timeout', cb);
    if (this.socket) this.socket.setTimeout(ms);
    return this;
  }

  _read() {
    this._consuming = true;
    if (this._paused && this.socket && this.socket._handle) {
      this._paused = false;
      this.socket._handle.readStart();
    }
  }

  // _pushBody is the parser's body chunk: the socket pauses while the
  // body's buffer is full.
  _pushBody(chunk) {
    if (this._dumped) return;
    if (!this.push(chunk) && this.socket && this.socket._handle) {
      this._paused = true;
      this.socket._handle.readStop();
    }
  }

  _dump() {
    if (!this._dumped) {
      this._dumped = true;
      this.removeAllListeners('data');
      this.resume();
    }
  }

  _destroy(err, cb) {
    if (!this.readableEnded || !this.complete) {
      this.aborted = true;
      this.emit('aborted');
    }
    if (this.socket && !this.socket.destroyed && this.aborted) {
      this.socket.destroy(err);
    }
    // An error is emitted only when someone listens, as node does.
    process.nextTick(() => cb(this.listenerCount('error') === 0 ? null : err));
  }
}

module.exports = { IncomingMessage, headersFromRaw };
