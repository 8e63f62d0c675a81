'use strict';
// node:http2 on Go's HTTP/2 (golang.org/x/net/http2): client sessions over
// TLS (ALPN h2) or h2c by prior knowledge, and servers (h2c and TLS) with
// the 'stream' event and the request/response compatibility API.
//
// Not built: server push (pushStream), settings frames as objects
// (session.settings, remoteSettings, getPackedSettings,
// getUnpackedSettings), ping, explicit goaway, priority, respondWithFD,
// respondWithFile, performServerHandshake, the 'session' event, trailers,
// and 'goaway' for a peer's GOAWAY; each of these methods throws
// ERR_METHOD_NOT_IMPLEMENTED. Headers from a Go peer come in sorted order.
const EventEmitter = require('events');
const stream = require('stream');
const { Duplex, Readable, Writable } = stream;
const { makeNodeError, invalidArgType } = require('internal/errors');
const binding = require('internal/http_binding');

const constants = binding.h2constants;
// kErrorCodes are the RST_STREAM/GOAWAY error names, by code.
const kErrorCodes = ['NO_ERROR', 'PROTOCOL_ERROR', 'INTERNAL_ERROR', 'FLOW_CONTROL_ERROR', 'SETTINGS_TIMEOUT',
  'STREAM_CLOSED', 'FRAME_SIZE_ERROR', 'REFUSED_STREAM', 'CANCEL', 'COMPRESSION_ERROR', 'CONNECT_ERROR',
  'ENHANCE_YOUR_CALM', 'INADEQUATE_SECURITY', 'HTTP_1_1_REQUIRED'];
const kNoPayload = new Set(['GET', 'HEAD', 'DELETE']);
// kStreamOptions are every Http2Stream's Duplex options.
const kStreamOptions = { allowHalfOpen: true, decodeStrings: false };

function notImplemented(name) {
  return function () {
    throw makeNodeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', `The ${name} method is not implemented`);
  };
}

function toBuffer(chunk, enc) {
  return typeof chunk === 'string' ? Buffer.from(chunk, enc) : chunk;
}

function lowerHeaders(headers) {
  const out = {};
  if (headers) for (const k of Object.keys(headers)) out[k.toLowerCase()] = headers[k];
  return out;
}

// setIdleTimeout emits 'timeout' on obj after ms without activity
// (obj._touch() marks activity); 0 turns it off.
function setIdleTimeout(obj, ms) {
  if (obj._idleTimer) clearTimeout(obj._idleTimer);
  obj._idleTimer = null;
  obj._idleMs = ms;
  if (!ms) return;
  const arm = () => {
    obj._idleTimer = setTimeout(() => {
      if (Date.now() - obj._lastActive >= ms) { obj._idleTimer = null; obj.emit('timeout'); } else arm();
    }, ms);
    obj._idleTimer.unref();
  };
  obj._lastActive = Date.now();
  arm();
  if (!obj._idleHooked) {
    obj._idleHooked = true;
    obj.once('close', () => { if (obj._idleTimer) clearTimeout(obj._idleTimer); obj._idleTimer = null; });
  }
}

// A stream's Duplex state is built from a template: a Duplex made once
// with kStreamOptions. Its readable and writable states inherit the
// template's (what a stream sets becomes its own; lists get fresh ones
// of their own, and the writable state's write callback is bound to the
// stream, as Duplex binds it), and the stream takes the template's own
// fields. Building a Duplex field by field is the largest part of a
// request's cost; the stream is the same Duplex to everything that
// reads it.
// streamTemplate is null when the template is out of date (the default
// high-water mark or captureRejections changed), false when the Duplex
// has a shape this does not know (then streams are built by Duplex).
let streamTemplate = null;
// kOnwrite names the stream library's write callback on WritableState.
const kOnwrite = Symbol.for('jsproc.stream.onwrite');

function buildStreamTemplate() {
  const d = new Duplex(kStreamOptions);
  const t = {
    hwm: stream.getDefaultHighWaterMark(false),
    capture: EventEmitter.captureRejections,
    keys: [],
    values: [],
    readable: d._readableState,
    readableLists: [],
    writable: null,
    writableLists: [],
    onwrite: null,
  };
  const WritableState = d._writableState.constructor;
  const events = d._events;
  if (events === null || typeof events !== 'object' || Object.getPrototypeOf(events) !== Object.prototype ||
      Reflect.ownKeys(events).join() !== 'close,error,prefinish,finish,drain,data,end,readable' ||
      Object.values(events).some((v) => v !== undefined) || typeof d._construct === 'function' ||
      WritableState !== Writable.WritableState) {
    return false;
  }
  const w = writableTemplate(WritableState, d);
  if (w === null) return false;
  t.writable = w.state;
  t.onwrite = w.onwrite;
  for (const k of Reflect.ownKeys(d)) {
    if (k === '_events' || k === '_readableState' || k === '_writableState') continue;
    const v = d[k];
    if ((v !== null && typeof v === 'object') || typeof v === 'function') return false;
    t.keys.push(k);
    t.values.push(v);
  }
  if (!stateLists(t.readable, t.readableLists, null) || !stateLists(t.writable, t.writableLists, 'onwrite')) return false;
  return t;
}

// stateLists lists in out, as key and constructor, the lists of a
// template state, which each stream gets fresh; it reports false if the
// state holds anything else a stream could not share (skip aside).
function stateLists(state, out, skip) {
  for (const k of Reflect.ownKeys(state)) {
    if (k === skip) continue;
    const v = state[k];
    if (typeof v === 'function') return false;
    if (v === null || typeof v !== 'object') continue;
    // A list (an array or the buffer list) must start empty.
    if (v.length !== 0 || typeof v.constructor !== 'function') return false;
    const fresh = new v.constructor();
    if (Object.getPrototypeOf(fresh) !== Object.getPrototypeOf(v) || fresh.length !== 0) return false;
    out.push(k, v.constructor);
  }
  return true;
}

// writableTemplate builds a writable state for d and returns it with the
// function its onwrite is bound from (the stream library hands it over),
// or null if the library does not hand it over.
function writableTemplate(WritableState, d) {
  const onwrite = WritableState[kOnwrite];
  if (typeof onwrite !== 'function') return null;
  let state;
  try {
    state = new WritableState(kStreamOptions, d, true);
  } catch {
    return null;
  }
  return typeof state.onwrite === 'function' ? { state, onwrite } : null;
}

// newStream returns a Duplex (with kStreamOptions) whose prototype is
// proto.
function newStream(proto, ctor) {
  let t = streamTemplate;
  if (t === null || (t && (t.hwm !== stream.getDefaultHighWaterMark(false) || t.capture !== EventEmitter.captureRejections))) {
    t = streamTemplate = buildStreamTemplate();
  }
  if (t === false) return Reflect.construct(Duplex, [kStreamOptions], ctor);
  const s = Object.create(proto);
  s._events = { close: undefined, error: undefined, prefinish: undefined, finish: undefined, drain: undefined,
    data: undefined, end: undefined, readable: undefined };
  const rs = Object.create(t.readable);
  let lists = t.readableLists;
  for (let i = 0; i < lists.length; i += 2) rs[lists[i]] = new lists[i + 1]();
  s._readableState = rs;
  const ws = Object.create(t.writable);
  lists = t.writableLists;
  for (let i = 0; i < lists.length; i += 2) ws[lists[i]] = new lists[i + 1]();
  ws.onwrite = t.onwrite.bind(undefined, s);
  s._writableState = ws;
  const keys = t.keys, values = t.values;
  for (let i = 0; i < keys.length; i++) s[keys[i]] = values[i];
  return s;
}

// Http2Stream is the Duplex both sides share: _handle is the stream's
// id on the Go side (0 until the request starts), where writes go;
// reads come from the data and end hooks.
class Http2Stream extends Duplex {
  constructor(session) {
    const s = newStream(new.target.prototype, new.target);
    s.session = session;
    return s;
  }
  // _attach binds the stream to its Go side and runs what waited for it.
  _attach(id) {
    this._handle = id;
    if (this._pending !== null) {
      const pending = this._pending;
      this._pending = null;
      for (let i = 0; i < pending.length; i += 2) pending[i].call(this, pending[i + 1]);
    }
  }
  // _later runs fn(arg) as a method of the stream once it is bound.
  _later(fn, arg) {
    if (this._handle) fn.call(this, arg);
    else (this._pending || (this._pending = [])).push(fn, arg);
  }
  _beforeWrite() {}
  _write(chunk, enc, cb) {
    this._beforeWrite();
    // A UTF-8 string goes to Go as it is (Go encodes it as Buffer.from
    // would).
    const buf = typeof chunk === 'string' && (enc === 'utf8' || enc === 'utf-8') ? chunk : toBuffer(chunk, enc);
    if (!this._handle) {
      this._later(writeLater, buf);
      setImmediate(cb);
      return;
    }
    // As node's, a write completes on a later turn of the loop, never in
    // the call: a source that pushes as soon as it is read (a pipe from
    // an endless stream) then fills the stream's buffer and waits for
    // 'drain', and the loop goes on serving the session meanwhile.
    const last = this._lastWrite;
    this._lastWrite = false;
    // end(chunk): the chunk and the end of the stream go out together.
    const more = binding.h2write(this._handle, buf, last);
    if (more) setImmediate(cb);
    else this._drainCb = cb;
  }
  end(chunk, encoding, cb) {
    // A last chunk that end() hands straight to _write (nothing queued
    // before it) is the stream's last write.
    if (chunk != null && typeof chunk !== 'function' && this._handle &&
        this._writableState.length === 0 && !this.writableEnded && !this.writableCorked && !this.destroyed) {
      this._lastWrite = true;
    }
    try {
      return super.end(chunk, encoding, cb);
    } finally {
      this._lastWrite = false;
    }
  }
  _final(cb) {
    this._beforeWrite();
    this._later(endLater);
    cb();
  }
  _read() {}
  // A stream destroyed before it is done (a pipeline that failed) is
  // reset, so that the peer's side learns it is gone, as node's is.
  _destroy(err, cb) {
    if (!this.closed) {
      this._h2closed = true;
      this._later(closeLater);
    }
    cb(err);
  }
  // A stream is closed once reset or destroyed ('close' emitted), or
  // once both of its sides have ended.
  get closed() {
    return this._h2closed || this._readableState.closeEmitted || (this._remoteEnded && this.writableFinished);
  }
  close(code = constants.NGHTTP2_NO_ERROR, cb) {
    if (typeof code === 'function') { cb = code; code = constants.NGHTTP2_NO_ERROR; }
    if (typeof cb === 'function') this.once('close', cb);
    if (this.closed) return;
    this.rstCode = code;
    this._later(closeLater);
    this._h2closed = true;
    if (code === constants.NGHTTP2_NO_ERROR) this.destroy();
    else {
      const name = kErrorCodes[code] ? `NGHTTP2_${kErrorCodes[code]}` : code;
      this.destroy(makeNodeError(Error, 'ERR_HTTP2_STREAM_ERROR', `Stream closed with error code ${name}`));
    }
  }
  setTimeout(ms, cb) {
    if (typeof cb === 'function') this.once('timeout', cb);
    setIdleTimeout(this, ms);
    return this;
  }
  priority() { notImplemented('priority')(); }
  sendTrailers() { notImplemented('sendTrailers')(); }
}

// A stream's own fields start as these defaults, on the prototype, so
// that building a stream sets only what differs.
Object.assign(Http2Stream.prototype, {
  _handle: 0,
  _pending: null,
  _drainCb: null,
  _h2closed: false,
  _remoteEnded: false,
  _lastWrite: false,
});

// writeLater, endLater and closeLater are the Go calls a stream makes
// through _later, as methods of the stream.
function writeLater(buf) { binding.h2write(this._handle, buf); }
function endLater() { binding.h2end(this._handle); }
function closeLater() { binding.h2close(this._handle); }

// The hooks Go calls for a stream's events, with the stream as this.
binding.h2init({
  data(buf) {
    if (this._idleMs) this._lastActive = Date.now();
    this.push(buf);
  },
  end() { this._remoteEnded = true; this.push(null); },
  drain() {
    const cb = this._drainCb;
    this._drainCb = null;
    if (cb !== null) cb();
  },
  // A server stream is done: reset by the peer before its response was
  // (aborted), or done on both sides; as node's, one whose request was
  // never read is then read to its end, so that it ends and closes.
  closed(aborted) {
    if (this.destroyed) return;
    if (aborted) {
      this.aborted = true;
      this.emit('aborted');
      this.destroy();
      return;
    }
    if (!this.readableEnded) {
      if (!this._didRead && this.readableFlowing === null) this.resume();
      else this.read(0);
    }
  },
  response(res) { this.emit('response', res, constants.NGHTTP2_FLAG_END_HEADERS); },
  error(err, rst) {
    const e = rst
      ? makeNodeError(Error, 'ERR_HTTP2_STREAM_ERROR', `Stream closed with error code ${rst}`)
      : makeNodeError(Error, 'ERR_HTTP2_STREAM_CANCEL', `The pending stream has been canceled (caused by: ${err.message})`);
    if (!rst) e.cause = err;
    this.rstCode = rst ? constants[rst] : constants.NGHTTP2_CANCEL;
    this.destroy(e);
  },
});

class ClientHttp2Stream extends Http2Stream {}

class ClientHttp2Session extends EventEmitter {
  constructor(authority, options) {
    super();
    this.closed = false;
    this.destroyed = false;
    this.connecting = true;
    this.encrypted = undefined;
    this.alpnProtocol = undefined;
    this._handle = null;
    this._queued = [];
    this._authority = authority;
    // The :scheme and :authority of its requests, read from the URL once.
    this._scheme = authority.protocol.slice(0, -1);
    this._host = authority.host;
  }
  request(headers, options) {
    if (this.closed || this.destroyed) {
      throw makeNodeError(Error, 'ERR_HTTP2_INVALID_SESSION', 'The session has been destroyed');
    }
    if (headers != null && typeof headers !== 'object') throw invalidArgType('headers', 'object', headers);
    headers = lowerHeaders(headers);
    if (headers[':method'] === undefined) headers[':method'] = 'GET';
    if (headers[':path'] === undefined) headers[':path'] = '/';
    if (headers[':scheme'] === undefined) headers[':scheme'] = this._scheme;
    if (headers[':authority'] === undefined) headers[':authority'] = this._host;
    options = options || {};
    const endStream = options.endStream !== undefined ? !!options.endStream : kNoPayload.has(headers[':method']);
    const stream = new ClientHttp2Stream(this);
    stream.sentHeaders = headers;
    if (endStream) {
      stream._remoteWritable = false;
      stream.end();
    }
    if (this._handle) this._start(stream, endStream); else this._queued.push(stream, endStream);
    return stream;
  }
  _start(stream, endStream) {
    stream._attach(this._handle.request(stream.sentHeaders, endStream, stream));
  }
  close(cb) {
    if (typeof cb === 'function') this.once('close', cb);
    if (this.closed || this.destroyed) return;
    this.closed = true;
    if (this._handle) this._handle.close();
    else this._closeAfterConnect = true;
  }
  destroy(err) {
    if (this.destroyed) return;
    this.destroyed = true;
    if (this._handle) this._handle.destroy();
    else {
      this._destroyedEarly = true;
      process.nextTick(() => {
        if (err) this.emit('error', err);
        this.emit('close');
      });
    }
    this._destroyErr = err;
  }
  setTimeout(ms, cb) {
    if (typeof cb === 'function') this.once('timeout', cb);
    setIdleTimeout(this, ms);
  }
  ref() { if (this._handle) this._handle.ref(); }
  unref() { if (this._handle) this._handle.unref(); }
  settings() { notImplemented('settings')(); }
  ping() { notImplemented('ping')(); }
  goaway() { notImplemented('goaway')(); }
  setLocalWindowSize() { notImplemented('setLocalWindowSize')(); }
  get localSettings() { return notImplemented('localSettings')(); }
  get remoteSettings() { return notImplemented('remoteSettings')(); }
}

function connect(authority, options, listener) {
  if (typeof options === 'function') { listener = options; options = {}; }
  options = options || {};
  if (typeof authority === 'string') authority = new URL(authority);
  else if (!(authority instanceof URL)) {
    if (authority == null || typeof authority !== 'object') throw invalidArgType('authority', ['string', 'URL'], authority);
    authority = new URL(`${authority.protocol || 'http:'}//${authority.host || authority.hostname || 'localhost'}${authority.port ? ':' + authority.port : ''}`);
  }
  const secure = authority.protocol === 'https:';
  if (!secure && authority.protocol !== 'http:') {
    throw makeNodeError(Error, 'ERR_HTTP2_UNSUPPORTED_PROTOCOL', `protocol "${authority.protocol}" is unsupported.`);
  }
  const host = authority.hostname.replace(/^\[|\]$/g, '');
  const port = authority.port ? Number(authority.port) : (secure ? 443 : 80);
  const session = new ClientHttp2Session(authority, options);
  if (typeof listener === 'function') session.once('connect', listener);
  const tlsOpts = secure ? { ...options, servername: options.servername || host } : null;
  binding.h2connect(host, port, tlsOpts, (err, handle) => {
    session.connecting = false;
    if (session._destroyedEarly) {
      if (handle) handle.destroy();
      return;
    }
    if (err) {
      if (err.code && err.syscall === 'connect') {
        err.message = `connect ${err.code} ${host}:${port}`;
        err.address = host;
        err.port = port;
      }
      session.destroyed = true;
      session.emit('error', err);
      session.emit('close');
      return;
    }
    session._handle = handle;
    session.encrypted = secure;
    session.alpnProtocol = secure ? 'h2' : 'h2c';
    handle.onclose = () => {
      session.destroyed = true;
      if (session._destroyErr) session.emit('error', session._destroyErr);
      session.emit('close');
    };
    const queued = session._queued.splice(0);
    for (let i = 0; i < queued.length; i += 2) session._start(queued[i], queued[i + 1]);
    session.emit('connect', session, null);
    if (session._closeAfterConnect) handle.close();
    if (session.destroyed) handle.destroy();
  });
  return session;
}

// ServerHttp2Stream answers one request with respond() and the Duplex.
class ServerHttp2Stream extends Http2Stream {
  constructor(id) {
    super(null);
    this._handle = id;
  }
  _beforeWrite() { if (!this.headersSent) this.respond(); }
  _read() { this._didRead = true; }
  // As node's, a response done while the request is still coming, on a
  // stream the script never read, closes the stream (the peer is told to
  // stop sending), on a later turn of the loop.
  _final(cb) {
    super._final(cb);
    if (!this._remoteEnded) setImmediate(maybeUnread, this);
  }
  respond(headers, options) {
    if (this.headersSent) throw makeNodeError(Error, 'ERR_HTTP2_HEADERS_SENT', 'Response has already been initiated.');
    // sent is the response's header block, :status first; the handle
    // skips :status among its fields.
    const sent = { ':status': 200 };
    if (headers) {
      for (const k of Object.keys(headers)) {
        const lk = k.toLowerCase();
        if (lk !== ':status') sent[lk] = headers[k];
        else if (headers[k] !== undefined) sent[lk] = Number(headers[k]);
      }
    }
    const status = sent[':status'];
    this.headersSent = true;
    this.sentHeaders = sent;
    binding.h2respond(this._handle, status, sent);
    if (options && options.endStream) this.end();
  }
  additionalHeaders() { notImplemented('additionalHeaders')(); }
  pushStream() { notImplemented('pushStream')(); }
  respondWithFD() { notImplemented('respondWithFD')(); }
  respondWithFile() { notImplemented('respondWithFile')(); }
  get pushAllowed() { return false; }
}

Object.assign(ServerHttp2Stream.prototype, { headersSent: false, sentHeaders: undefined, _didRead: false });

// Http2ServerRequest and Http2ServerResponse are the compatibility API.
class Http2ServerRequest extends Readable {
  constructor(stream, headers) {
    super();
    this.stream = stream;
    this.headers = headers;
    this.rawHeaders = Object.entries(headers).flat();
    this.method = headers[':method'];
    this.url = headers[':path'];
    this.authority = headers[':authority'];
    this.scheme = headers[':scheme'];
    this.httpVersion = '2.0';
    this.httpVersionMajor = 2;
    this.httpVersionMinor = 0;
    this.complete = false;
    this._reading = false;
    stream.on('end', () => { this.complete = true; this.push(null); });
    stream.on('aborted', () => { this.aborted = true; this.emit('aborted'); });
    // A request never read is dumped once its stream closes, as node's.
    stream.on('close', () => { if (!this._reading && !this.readableFlowing) this.resume(); });
  }
  // The stream is read once the request is.
  _read() {
    if (!this._reading) {
      this._reading = true;
      this.stream.on('data', (c) => { if (!this.push(c)) this.stream.pause(); });
    }
    this.stream.resume();
  }
  get socket() { return notImplemented('socket')(); }
}

class Http2ServerResponse extends Writable {
  constructor(stream) {
    // Its 'close' is its stream's, as node's.
    super({ decodeStrings: false, emitClose: false });
    this.stream = stream;
    this.statusCode = 200;
    this.statusMessage = '';
    this._headers = {};
    this.sendDate = true;
    this._lastWrite = false;
    stream.on('close', () => this.emit('close'));
  }
  get headersSent() { return this.stream.headersSent; }
  get finished() { return this.writableEnded; }
  setHeader(name, value) {
    if (this.headersSent) throw makeNodeError(Error, 'ERR_HTTP2_HEADERS_SENT', 'Response has already been initiated.');
    this._headers[String(name).toLowerCase()] = value;
    return this;
  }
  getHeader(name) { return this._headers[String(name).toLowerCase()]; }
  getHeaders() { return { ...this._headers }; }
  getHeaderNames() { return Object.keys(this._headers); }
  hasHeader(name) { return String(name).toLowerCase() in this._headers; }
  removeHeader(name) { delete this._headers[String(name).toLowerCase()]; }
  writeHead(statusCode, statusMessage, headers) {
    if (typeof statusMessage === 'object') headers = statusMessage;
    if (this.headersSent) throw makeNodeError(Error, 'ERR_HTTP2_HEADERS_SENT', 'Response has already been initiated.');
    this.statusCode = statusCode;
    if (headers) for (const k of Object.keys(headers)) this.setHeader(k, headers[k]);
    this._respond();
    return this;
  }
  _respond() {
    if (!this.headersSent) this.stream.respond({ ...this._headers, ':status': this.statusCode });
  }
  // Writes after the stream was destroyed (the peer reset it) are
  // dropped, as node's are, without an 'error' on the response.
  _write(chunk, enc, cb) {
    if (this.stream.destroyed) { cb(); return; }
    this._respond();
    // end(chunk) ends the stream with its chunk (see Http2Stream.end).
    if (this._lastWrite) this.stream.end(chunk, enc, cb);
    else this.stream.write(chunk, enc, cb);
  }
  _final(cb) {
    if (this.stream.destroyed || this.stream.writableFinished) { cb(); return; }
    this._respond();
    this.stream.end(cb);
  }
  end(chunk, encoding, cb) {
    // A last chunk that end() hands straight to _write is the stream's
    // last, once the stream itself has nothing queued.
    this._lastWrite = chunk != null && typeof chunk !== 'function' && this.writableLength === 0 &&
      !this.writableEnded && !this.writableCorked && this.stream.writableLength === 0 && !this.stream.writableEnded;
    try {
      return super.end(chunk, encoding, cb);
    } finally {
      this._lastWrite = false;
    }
  }
  createPushResponse() { notImplemented('createPushResponse')(); }
}

class Http2Server extends EventEmitter {
  constructor(options, onRequest, secure) {
    super();
    if (typeof options === 'function') { onRequest = options; options = {}; }
    this._options = options || {};
    this._secure = secure;
    this._handle = null;
    // As node's, the compatibility API listens for 'stream' once there is
    // a 'request' listener.
    this.on('newListener', setupCompat);
    if (typeof onRequest === 'function') this.on('request', onRequest);
  }
  listen(...args) {
    let cb = typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
    let port = 0, host = '';
    if (args[0] && typeof args[0] === 'object') { port = args[0].port || 0; host = args[0].host || ''; }
    else { port = args[0] === undefined ? 0 : Number(args[0]); if (typeof args[1] === 'string') host = args[1]; }
    if (cb) this.once('listening', cb);
    const tlsOpts = this._secure ? this._options : null;
    const h = binding.h2listen(host, port, tlsOpts, newServerStream, (stream, headers) => {
      this.emit('stream', stream, headers, constants.NGHTTP2_FLAG_END_HEADERS);
    });
    if (h instanceof Error) {
      process.nextTick(() => this.emit('error', h));
      return this;
    }
    this._handle = h;
    this.listening = true;
    process.nextTick(() => this.emit('listening'));
    return this;
  }
  address() { return this._handle ? this._handle.address() : null; }
  close(cb) {
    if (!this._handle) {
      const err = makeNodeError(Error, 'ERR_SERVER_NOT_RUNNING', 'Server is not running.');
      if (typeof cb === 'function') process.nextTick(cb, err);
      return this;
    }
    if (typeof cb === 'function') this.once('close', cb);
    this._handle.close();
    this._handle = null;
    this.listening = false;
    process.nextTick(() => this.emit('close'));
    return this;
  }
  ref() { if (this._handle) this._handle.ref(); return this; }
  unref() { if (this._handle) this._handle.unref(); return this; }
  setTimeout() { notImplemented('setTimeout')(); }
  updateSettings() { notImplemented('updateSettings')(); }
}

function maybeUnread(stream) {
  if (!stream._didRead && stream.readableFlowing === null) binding.h2unread(stream._handle);
}

function newServerStream(id) {
  return new ServerHttp2Stream(id);
}

function setupCompat(event) {
  if (event === 'request') {
    this.removeListener('newListener', setupCompat);
    this.on('stream', onServerStream);
  }
}

function onServerStream(stream, headers) {
  if (this.listenerCount('request') === 0) return;
  const req = new Http2ServerRequest(stream, headers);
  const res = new Http2ServerResponse(stream);
  this.emit('request', req, res);
}

function createServer(options, onRequest) {
  return new Http2Server(options, onRequest, false);
}

function createSecureServer(options, onRequest) {
  if (options != null && typeof options !== 'object') throw invalidArgType('options', 'Object', options);
  return new Http2Server(options, onRequest, true);
}

function getDefaultSettings() {
  return Object.assign(Object.create(null), {
    headerTableSize: 4096, enablePush: true, initialWindowSize: 65535, maxFrameSize: 16384,
    maxConcurrentStreams: 4294967295, maxHeaderSize: 65535, maxHeaderListSize: 65535,
    enableConnectProtocol: false,
  });
}

module.exports = {
  connect,
  constants,
  createServer,
  createSecureServer,
  getDefaultSettings,
  getPackedSettings: notImplemented('getPackedSettings'),
  getUnpackedSettings: notImplemented('getUnpackedSettings'),
  performServerHandshake: notImplemented('performServerHandshake'),
  sensitiveHeaders: Symbol('nodejs.http2.sensitiveHeaders'),
  Http2ServerRequest,
  Http2ServerResponse,
};
