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

// splitRaw is the server's joined raw headers as rawHeaders.
function splitRaw(joined) {
  return joined === '' ? [] : joined.split('\n');
}

// ownValue makes v obj's own (data) property name, as an assignment in
// node's constructor makes it, and returns it.
function ownValue(obj, name, v) {
  Object.defineProperty(obj, name, { value: v, writable: true, configurable: true, enumerable: true });
  return v;
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

// IncomingMessage is a Readable whose stream state is made on first use:
// most requests are answered without their (empty) body being read, and
// making a Readable's state is most of what a request costs. The state
// appears, with the end of a body that already came, the first time
// anything reads _readableState (on, read, pipe, resume, the readable*
// getters).
function IncomingMessage(socket, rawHeaders, method, url) {
  this.socket = socket;
  // The server passes a request's head here (node's constructor takes
  // only the socket), so that its fields are set once: the raw headers
  // as one string, name and value lines joined by '\n' (which no header
  // holds), split into rawHeaders when a script first reads it.
  if (typeof rawHeaders === 'string') this._rawJoined = rawHeaders;
  else if (rawHeaders !== undefined) this.rawHeaders = rawHeaders;
  this.url = url === undefined ? '' : url;
  this.method = method === undefined ? null : method;
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

Object.assign(IncomingMessage.prototype, {
  // What the constructor sets, found here when a request sets its own
  // rather than at the end of the chain.
  socket: null,
  url: '',
  method: null,
  _events: undefined,
  statusCode: null,
  statusMessage: null,
  _rawJoined: '',
  httpVersionMajor: 1,
  httpVersionMinor: 1,
  httpVersion: '1.1',
  complete: false,
  rawTrailers: [],
  joinDuplicateHeaders: false,
  aborted: false,
  upgrade: null,
  _consuming: false,
  _dumped: false,
  _headers: null,
  _trailers: null,
  _paused: false, // the socket was paused for this body
  _ended: false, // the body ended before the stream state was made
  _lazy: true,
});

Object.defineProperty(IncomingMessage.prototype, '_readableState', {
  configurable: true,
  get() {
    if (!this._lazy) return undefined;
    this._lazy = false;
    Readable.call(this);
    // A complete message's body has ended, but an upgrade's: its bytes
    // are the socket's.
    const ended = this._ended || (this.complete === true && this.upgrade !== true);
    const state = this._readableState;
    if (this._dumped && ended) {
      // Dumped unread when its response finished: node's dump has since
      // ended and destroyed it, its 'end' and 'close' heard by no one (a
      // listener is added only after the state is made).
      state.ended = true;
      state.endEmitted = true;
      state.flowing = true;
      state.destroyed = true;
      state.closed = true;
      state.closeEmitted = true;
    } else if (this._dumped) {
      // Dumped before its body ended: what the dump does then.
      this._dumped = false;
      this._dump();
    } else if (ended) {
      Readable.prototype.push.call(this, null);
    }
    return state;
  },
  set(v) {
    Object.defineProperty(this, '_readableState', { value: v, writable: true, configurable: true, enumerable: true });
  },
});

// _touched reports whether the stream state was ever made.
IncomingMessage.prototype._touched = function () { return !this._lazy; };

// _end is the parser's end of the body.
IncomingMessage.prototype._end = function () {
  if (this._lazy) this._ended = true;
  else this.push(null);
};

class IncomingMessageMethods extends Readable {
  get connection() { return this.socket; }
  set connection(v) { this.socket = v; }
  get rawHeaders() { return ownValue(this, 'rawHeaders', splitRaw(this._rawJoined)); }
  set rawHeaders(v) { ownValue(this, 'rawHeaders', v); }
  // client is the socket, as node's constructor sets it, unless set.
  get client() { return this.socket; }
  set client(v) { ownValue(this, 'client', v); }

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
    if (this._paused && this.socket) {
      this._paused = false;
      if (this.socket._foreignHttp) this.socket.resume();
      else if (this.socket._handle) this.socket._handle.readStart();
    }
  }

  // _pushBody is the parser's body chunk: the socket pauses while the
  // body's buffer is full (a stream of the script's own, through its
  // pause()).
  _pushBody(chunk) {
    if (this._dumped) return;
    if (!this.push(chunk) && this.socket) {
      if (this.socket._foreignHttp) {
        this._paused = true;
        this.socket.pause();
      } else if (this.socket._handle) {
        this._paused = true;
        this.socket._handle.readStop();
      }
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

for (const name of Object.getOwnPropertyNames(IncomingMessageMethods.prototype)) {
  if (name === 'constructor') continue;
  Object.defineProperty(IncomingMessage.prototype, name, Object.getOwnPropertyDescriptor(IncomingMessageMethods.prototype, name));
}

module.exports = { IncomingMessage, headersFromRaw, splitRaw };
