'use strict';
// OutgoingMessage, the writing half both ends share (headers, chunked
// encoding, trailers), and ServerResponse. Heads and bodies go to the
// socket's handle directly when nothing is queued in the stream.
const Stream = require('stream');
const {
  STATUS_CODES, validateHeaderName, validateHeaderValue, headersSent, makeNodeError,
  invalidArgType, invalidArgValue, checkInvalidHeaderChar,
} = require('internal/http_common');

const kEmpty = Buffer.alloc(0);
// Taken once, as node's internals take theirs.
const { nextTick } = process;
const { validateObject } = require('internal/errors');

// One Link value: a <target> and then ; separated params, a param's
// value bare or quoted (node's format for early hints).
const kLinkValue = /^<[^>]*>(?:\s*;\s*[^;"\s]+(?:=(")?[^;"\s]*\1)?)*$/;
const kLinkFormat = 'must be an array or string of format "</styles.css>; rel=preload; as=style"';

function checkLink(value) {
  if (value === undefined || !kLinkValue.test(value)) throw invalidArgValue('hints', value, kLinkFormat);
}

// linkHeaderValue is the Link header for a string or an array of links.
function linkHeaderValue(links) {
  if (typeof links === 'string') {
    checkLink(links);
    return links;
  }
  if (!Array.isArray(links)) throw invalidArgValue('hints', links, kLinkFormat);
  for (const l of links) checkLink(l);
  return links.join(', ');
}

const { isASCII, utf8Length, storeHeader, validateHeaders, writeHead: fastWriteHead } = require('internal/http_binding');

function byteLength(chunk, encoding) {
  if (typeof chunk !== 'string') return chunk.length;
  if (!encoding || encoding === 'utf8') return utf8Length(chunk);
  if (encoding === 'latin1' && isASCII(chunk)) return chunk.length;
  return Buffer.byteLength(chunk, encoding);
}

// kNoOutput is every message's outputData while nothing waits.
const kNoOutput = Object.freeze([]);

// Defaults of every OutgoingMessage's state, overridden per message.
const kDefaults = {
  outputSize: 0,
  writable: true,
  destroyed: false,
  _last: false,
  chunkedEncoding: false,
  shouldKeepAlive: true,
  maxRequestsOnConnectionReached: false,
  _defaultKeepAlive: true,
  useChunkedEncodingByDefault: true,
  sendDate: false,
  _removedConnection: false,
  _removedContLen: false,
  _removedTE: false,
  strictContentLength: false,
  _contentLength: null,
  _hasBody: true,
  _trailer: '',
  finished: false,
  _headerSent: false,
  _header: null,
  _headerNonASCII: false, // set by storeHeader
  _headers: null, // null-prototype: lower-case name -> [name, value]
  _closed: false,
  socket: null,
  _onPendingData: null,
  _finishCb: null,
  _keepAliveTimeout: 0,
  _pendingFast: 0,
  _needDrain: false,
  _onFinished: null, // the server's or client's step before 'finish'
  outputData: kNoOutput,
};

// watchDrain passes a socket's 'drain' to the message writing on it.
function watchDrain(socket) {
  if (socket._drainWatched) return;
  socket._drainWatched = true;
  socket.on('drain', () => {
    const m = socket._httpMessage;
    if (m && m._needDrain && m._pendingFast === 0) {
      m._needDrain = false;
      m.emit('drain');
    }
  });
}

function emitClose(msg) {
  msg._closed = true;
  msg.emit('close');
}

// OutgoingMessage and ServerResponse are function constructors, as
// node's are, over the methods of the classes below: a class's chain of
// super() calls costs more than the response it builds.
function OutgoingMessage() {
  // Every field starts as the prototype's default (below): a response
  // sets few of them, and each field set costs. The listeners' table is
  // EventEmitter's undefined until the first listener, and outputData the
  // shared empty kNoOutput until the first write that must wait.
}

// adoptPrototype makes proto (a class's prototype) ctor's, with ctor's
// static side inheriting from parent's.
function adoptPrototype(ctor, proto, parent) {
  ctor.prototype = proto;
  Object.defineProperty(proto, 'constructor', { value: ctor, writable: true, configurable: true, enumerable: false });
  Object.setPrototypeOf(ctor, parent);
}

class OutgoingMessageMethods extends Stream {

  get connection() { return this.socket; }
  get headersSent() { return this._header !== null; }
  get writableEnded() { return this.finished; }
  get writableFinished() {
    // As node's: ended, and nothing left in the message or the socket
    // (nor in writes the handle has yet to finish).
    const socket = this.socket;
    return this.finished && this.outputSize === 0 &&
      (socket === null || (socket.writableLength === 0 && this._pendingFast === 0));
  }
  get writableObjectMode() { return false; }
  get writableLength() { return this.outputSize + (this.socket ? this.socket.writableLength : 0); }
  get writableHighWaterMark() { return this.socket ? this.socket.writableHighWaterMark : 16384; }
  get writableCorked() { return this.socket ? this.socket.writableCorked : 0; }
  get writableNeedDrain() { return !this.destroyed && !this.finished && this._needDrain === true; }

  setHeader(name, value) {
    if (this._header) throw headersSent('set');
    validateHeaderName(name);
    validateHeaderValue(name, value);
    if (this._headers === null) this._headers = Object.create(null);
    this._headers[name.toLowerCase()] = [name, value];
    return this;
  }

  setHeaders(headers) {
    if (this._header) throw headersSent('set');
    if (!headers || Array.isArray(headers) || typeof headers.keys !== 'function' || typeof headers.get !== 'function') {
      throw invalidArgType('headers', ['Headers', 'Map'], headers);
    }
    for (const k of headers.keys()) this.setHeader(k, headers.get(k));
    return this;
  }

  appendHeader(name, value) {
    if (this._header) throw headersSent('append');
    validateHeaderName(name);
    validateHeaderValue(name, value);
    const k = name.toLowerCase();
    if (this._headers === null) this._headers = Object.create(null);
    const cur = this._headers[k];
    if (cur === undefined) this._headers[k] = [name, value];
    else {
      const a = Array.isArray(cur[1]) ? cur[1] : [cur[1]];
      this._headers[k] = [cur[0], a.concat(value)];
    }
    return this;
  }

  getHeader(name) {
    if (typeof name !== 'string') throw invalidArgType('name', 'string', name);
    if (this._headers === null) return undefined;
    const e = this._headers[name.toLowerCase()];
    return e && e[1];
  }

  getHeaderNames() { return this._headers === null ? [] : Object.keys(this._headers); }
  getRawHeaderNames() {
    if (this._headers === null) return [];
    return Object.keys(this._headers).map((k) => this._headers[k][0]);
  }

  getHeaders() {
    const out = Object.create(null);
    if (this._headers !== null) for (const k of Object.keys(this._headers)) out[k] = this._headers[k][1];
    return out;
  }

  hasHeader(name) {
    if (typeof name !== 'string') throw invalidArgType('name', 'string', name);
    return this._headers !== null && this._headers[name.toLowerCase()] !== undefined;
  }

  removeHeader(name) {
    if (typeof name !== 'string') throw invalidArgType('name', 'string', name);
    if (this._header) throw headersSent('remove');
    const k = name.toLowerCase();
    if (k === 'connection') this._removedConnection = true;
    else if (k === 'content-length') this._removedContLen = true;
    else if (k === 'transfer-encoding') this._removedTE = true;
    else if (k === 'date') this.sendDate = false;
    if (this._headers !== null) delete this._headers[k];
  }

  // _storeHeader builds the head as node does: the script's headers in
  // order, then Date, Connection, Keep-Alive and the body's framing. The
  // work is Go's (internal/http_binding); the errors are thrown here.
  _storeHeader(firstLine, headers, fromMap) {
    if (Array.isArray(headers) && headers.length % 2 !== 0 && !Array.isArray(headers[0])) {
      throw invalidArgValue('headers', headers);
    }
    const bad = storeHeader(this, firstLine, headers, fromMap);
    if (bad === undefined) return;
    if (bad === true) {
      throw makeNodeError(Error, 'ERR_HTTP_TRAILER_INVALID', 'Trailers are invalid with this transfer encoding');
    }
    throw makeNodeError(TypeError, 'ERR_INVALID_CHAR', `Invalid character in header content ["${bad}"]`);
  }

  _implicitHeader() {
    throw makeNodeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The _implicitHeader() method is not implemented');
  }

  // _send writes the head (once) and data, as one write when it can.
  _send(data, encoding, cb) {
    if (!this._headerSent && this._header !== null) {
      this._headerSent = true;
      const head = this._header;
      if (typeof data === 'string' && (encoding === 'utf8' || encoding === 'latin1' || !encoding) && data.length < 4096) {
        data = head + data;
        if (!encoding || encoding === 'utf8') encoding = this._headerNonASCII ? 'mixed' : 'utf8';
      } else {
        this._writeRaw(head, 'latin1', null);
      }
      if (encoding === 'mixed') {
        this._writeRaw(head, 'latin1', null);
        data = data.slice(head.length);
        encoding = 'utf8';
      }
    }
    return this._writeRaw(data, encoding, cb);
  }

  _writeRaw(data, encoding, cb) {
    const socket = this.socket;
    if (socket && !socket.destroyed && socket._httpMessage === this && this.outputData.length === 0) {
      if (typeof data === 'string' && encoding !== 'utf8' && encoding !== 'latin1' && encoding) {
        data = Buffer.from(data, encoding);
        encoding = undefined;
      }
      if (socket._fastWrite) {
        // A write the handle could not finish at once holds back the
        // caller ('drain' follows), as a full socket buffer does.
        const how = socket._fastWrite(data, encoding === 'latin1', cb, this);
        if (how) return true;
      }
      watchDrain(socket);
      return socket.write(data, encoding, cb);
    }
    if (socket && socket.destroyed) {
      if (cb) process.nextTick(cb, makeNodeError(Error, 'ERR_STREAM_DESTROYED', 'Cannot call write after a stream was destroyed'));
      return false;
    }
    if (this.outputData === kNoOutput) this.outputData = [];
    this.outputData.push({ data, encoding, callback: cb });
    this.outputSize += data.length;
    if (this.outputSize < 16384) return true;
    this._needDrain = true;
    return false;
  }

  _flushOutput(socket) {
    const out = this.outputData;
    this.outputData = kNoOutput;
    this.outputSize = 0;
    let ret = true;
    for (const o of out) ret = this._writeRaw(o.data, o.encoding, o.callback);
    if (this._needDrain && this._pendingFast === 0 && socket.writableLength < socket.writableHighWaterMark) {
      this._needDrain = false;
      process.nextTick(() => this.emit('drain'));
    }
    return ret;
  }

  write(chunk, encoding, cb) {
    if (typeof encoding === 'function') { cb = encoding; encoding = null; }
    // Through the prototype: node's write works on any object.
    return OutgoingMessage.prototype._write0.call(this, chunk, encoding, cb, false);
  }

  _write0(chunk, encoding, cb, fromEnd) {
    // The chunk is checked first, as node's write_ does.
    if (chunk === null) throw makeNodeError(TypeError, 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream');
    if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
      throw invalidArgType('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
    }
    if (this.finished) {
      const err = makeNodeError(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end');
      process.nextTick(() => {
        if (typeof cb === 'function') cb(err);
        this.emit('error', err);
      });
      return false;
    }
    if (this.destroyed) {
      const err = makeNodeError(Error, 'ERR_STREAM_DESTROYED', 'Cannot call write after a stream was destroyed');
      if (typeof cb === 'function') process.nextTick(cb, err);
      return false;
    }
    if (!this._header) {
      if (fromEnd) this._contentLength = byteLength(chunk, encoding);
      this._implicitHeader();
    }
    if (!this._hasBody) {
      if (typeof cb === 'function') process.nextTick(cb);
      return true;
    }
    const len = byteLength(chunk, encoding);
    if (len === 0) {
      if (typeof cb === 'function') process.nextTick(cb);
      return true;
    }
    if (this.chunkedEncoding) {
      this._send(len.toString(16) + '\r\n', 'latin1', null);
      this._send(chunk, encoding, null);
      return this._send('\r\n', 'latin1', cb) !== false && this._ok();
    }
    return this._send(chunk, encoding, cb) !== false && this._ok();
  }

  // _fastPending and _fastDone count the writes the handle finishes
  // later; 'drain' follows the last.
  _fastPending() { this._pendingFast++; }
  _fastDone() {
    if (--this._pendingFast === 0 && this._needDrain) {
      this._needDrain = false;
      this.emit('drain');
    }
  }

  _ok() {
    const ok = !this.socket || (this.socket.writableLength < this.socket.writableHighWaterMark && this._pendingFast === 0);
    if (!ok) this._needDrain = true;
    return ok;
  }

  addTrailers(headers) {
    this._trailer = '';
    const keys = Array.isArray(headers) ? headers.map((e) => e[0]) : Object.keys(headers);
    for (let i = 0; i < keys.length; i++) {
      const field = keys[i];
      const value = Array.isArray(headers) ? headers[i][1] : headers[field];
      validateHeaderName(field, 'Trailer name');
      if (checkInvalidHeaderChar(String(value))) {
        throw makeNodeError(TypeError, 'ERR_INVALID_CHAR', `Invalid character in trailer content ["${field}"]`);
      }
      this._trailer += field + ': ' + value + '\r\n';
    }
  }

  end(chunk, encoding, cb) {
    if (typeof chunk === 'function') { cb = chunk; chunk = null; encoding = null; } else if (typeof encoding === 'function') { cb = encoding; encoding = null; }
    let finishSent = false;
    const finish = this._finishCb || (this._finishCb = () => this._onFinish());
    if (chunk) {
      if (this.finished) {
        this._write0(chunk, encoding, null, true);
        return this;
      }
      if (!this._header && (typeof chunk === 'string' || chunk instanceof Uint8Array)) {
        this._contentLength = byteLength(chunk, encoding);
        this._implicitHeader();
      }
      if (this._header && !this.chunkedEncoding && this._hasBody && (typeof chunk === 'string' || chunk instanceof Uint8Array)) {
        // The whole body, and the head when still unsent, in one write
        // that also finishes the message.
        if (typeof cb === 'function') this.once('finish', cb);
        this._send(chunk, encoding, finish);
        finishSent = true;
        cb = null;
      } else if (this._header && this.chunkedEncoding && this._hasBody && typeof chunk === 'string' &&
        (!encoding || encoding === 'utf8' || encoding === 'latin1')) {
        // The last chunk, the terminator and the trailers in one write
        // (with the head when still unsent), as node's corked end does.
        if (typeof cb === 'function') this.once('finish', cb);
        this._send(byteLength(chunk, encoding).toString(16) + '\r\n' + chunk + '\r\n0\r\n' + this._trailer + '\r\n',
          encoding, finish);
        finishSent = true;
        cb = null;
      } else {
        if (this.socket) this.socket.cork();
        this._write0(chunk, encoding, null, true);
        if (this.socket) this.socket.uncork();
      }
    } else if (this.finished) {
      if (typeof cb === 'function') {
        if (!this.writableFinished) this.once('finish', cb);
        else cb(makeNodeError(Error, 'ERR_STREAM_ALREADY_FINISHED', 'Cannot call end after a stream was finished'));
      }
      return this;
    } else if (!this._header) {
      this._contentLength = 0;
      this._implicitHeader();
    }
    if (typeof cb === 'function') this.once('finish', cb);
    if (finishSent) {
      // done above
    } else if (this._hasBody && this.chunkedEncoding) {
      this._send('0\r\n' + this._trailer + '\r\n', 'latin1', finish);
    } else {
      this._send('', 'latin1', finish);
    }
    this.finished = true;
    if (this.outputData.length === 0 && this.socket && this.socket._httpMessage === this) this._finish();
    return this;
  }

  _onFinish() {
    if (this.outputData.length !== 0) return;
    let closed = false;
    if (this._closeAfterFinish) {
      // 'close' follows on the next tick, queued before the next
      // response on the connection goes out, as node's server queues it
      // first thing on 'finish'. An event no one can hear is not queued
      // (a 'finish' listener may yet add a 'close' one).
      const events = this._events;
      if (events !== undefined && (events.close !== undefined || events.finish !== undefined)) nextTick(emitClose, this);
      else closed = true;
    }
    if (this._onFinished !== null) this._onFinished(this);
    // Marked closed, so that the socket's end does not emit it, while it
    // is still the socket's: a response the server let go (most) is
    // spared the field.
    if (closed && this.socket !== null) this._closed = true;
    const events = this._events;
    if (events !== undefined && events.finish !== undefined) this.emit('finish');
  }

  _finish() {}

  flushHeaders() {
    if (!this._header) this._implicitHeader();
    this._send('');
  }

  cork() { if (this.socket) this.socket.cork(); }
  uncork() { if (this.socket) this.socket.uncork(); }

  setTimeout(ms, cb) {
    if (cb) this.on('timeout', cb);
    if (this.socket) this.socket.setTimeout(ms);
    else this.once('socket', (s) => s.setTimeout(ms));
    return this;
  }

  destroy(err) {
    if (this.destroyed) return this;
    this.destroyed = true;
    if (this.socket) this.socket.destroy(err);
    else this.once('socket', (s) => s.destroy(err));
    return this;
  }
}

adoptPrototype(OutgoingMessage, OutgoingMessageMethods.prototype, Stream);
Object.assign(OutgoingMessage.prototype, kDefaults);

function ServerResponse(req, options) {
  // OutgoingMessage's constructor sets nothing (its state is the
  // prototype's), so it is not called.
  if (req.method === 'HEAD') this._hasBody = false;
  this.req = req;
  if (req.httpVersionMajor < 1 || (req.httpVersionMajor === 1 && req.httpVersionMinor === 0)) {
    this.useChunkedEncodingByDefault = /(^|,)\s*te\s*(,|$)/i.test(req.headers.te || '');
    this.shouldKeepAlive = false;
  }
}

class ServerResponseMethods extends OutgoingMessage {

  assignSocket(socket) {
    socket._httpMessage = this;
    this.socket = socket;
    const events = this._events;
    if (events !== undefined && events.socket !== undefined) this.emit('socket', socket);
    if (this.outputData.length) this._flushOutput(socket);
    if (this.finished) this._finish();
  }

  detachSocket(socket) {
    socket._httpMessage = null;
    this.socket = null;
  }

  writeContinue(cb) {
    this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'latin1', cb);
    this._sent100 = true;
  }

  writeProcessing(cb) { this._writeRaw('HTTP/1.1 102 Processing\r\n\r\n', 'latin1', cb); }

  // writeEarlyHints sends a 103 whose Link header node's checks let
  // through; nothing without a link.
  writeEarlyHints(hints, cb) {
    validateObject(hints, 'hints');
    if (hints.link === null || hints.link === undefined) return;
    const link = linkHeaderValue(hints.link);
    if (link.length === 0) return;
    let head = 'HTTP/1.1 103 Early Hints\r\nLink: ' + link + '\r\n';
    for (const k of Object.keys(hints)) {
      if (k !== 'link') head += k + ': ' + hints[k] + '\r\n';
    }
    this._writeRaw(head + '\r\n', 'latin1', cb);
  }

  _implicitHeader() { this.writeHead(this.statusCode); }

  // _onFinished is the server's step before 'finish' (node's
  // resOnFinish): the next response on the connection, or its end.
  _onFinished() {
    const socket = this.socket;
    if (socket === null) return;
    const state = socket._httpState;
    if (state !== undefined && socket.server) socket.server._resFinished(this.req, this, socket, state);
  }

  // _onFinish is OutgoingMessage's, with the server's step (_onFinished)
  // inlined: it runs once per response.
  _onFinish() {
    if (this.outputData.length !== 0) return;
    let closed = false;
    if (this._closeAfterFinish) {
      const events = this._events;
      if (events !== undefined && (events.close !== undefined || events.finish !== undefined)) nextTick(emitClose, this);
      else closed = true;
    }
    const socket = this.socket;
    if (socket !== null) {
      const state = socket._httpState;
      if (state !== undefined && socket.server) socket.server._resFinished(this.req, this, socket, state);
      if (closed && this.socket !== null) this._closed = true;
    }
    const events = this._events;
    if (events !== undefined && events.finish !== undefined) this.emit('finish');
  }

  // end's common case, a utf8 body after writeHead, is the head and
  // body (as the last chunk when chunked) in one write straight to the
  // handle, with 'finish' queued as the general path queues it.
  end(chunk, encoding, cb) {
    // A string's length is not read here (reading a property of a
    // string makes an object of it): the handle declines a long body.
    if (typeof chunk === 'string' && chunk !== '' && encoding === undefined && cb === undefined &&
      this._header !== null && !this._headerSent && !this.finished && this._hasBody &&
      !this._headerNonASCII && this.outputData === kNoOutput) {
      const socket = this.socket;
      // _fastEnd refuses a destroyed socket.
      if (socket !== null && socket._httpMessage === this) {
        if (socket._fastEnd(this, chunk)) {
          this._headerSent = true;
          this.finished = true;
          return this;
        }
      }
    }
    return OutgoingMessageMethods.prototype.end.call(this, chunk, encoding, cb);
  }

  writeHead(statusCode, reason, obj) {
    // The common case is one call into Go, which leaves the rest (and
    // every error) to the general path below.
    if (this._header === null && this._headers === null && fastWriteHead(this, statusCode, reason, obj, STATUS_CODES)) return this;
    if (this._header) throw headersSent('write');
    const original = statusCode;
    statusCode |= 0;
    if (statusCode < 100 || statusCode > 999) {
      throw makeNodeError(RangeError, 'ERR_HTTP_INVALID_STATUS_CODE', `Invalid status code: ${original}`);
    }
    if (typeof reason === 'string') {
      this.statusMessage = reason;
    } else {
      if (!this.statusMessage) this.statusMessage = STATUS_CODES[statusCode] || 'unknown';
      if (obj == null) obj = reason;
    }
    this.statusCode = statusCode;
    let headers;
    if (this._headers !== null) {
      if (obj) {
        if (Array.isArray(obj)) {
          if (obj.length % 2 !== 0) throw invalidArgValue('headers', obj);
          for (let i = 0; i < obj.length; i += 2) if (obj[i]) this.setHeader(obj[i], obj[i + 1]);
        } else {
          for (const k of Object.keys(obj)) if (k) this.setHeader(k, obj[k]);
        }
      }
      headers = this._headers;
    } else {
      if (obj && !Array.isArray(obj)) {
        const bad = validateHeaders(obj);
        if (bad !== undefined) {
          // The checks' own errors, thrown for the header Go found bad.
          validateHeaderName(bad[1]);
          validateHeaderValue(bad[1], obj[bad[1]]);
        }
      }
      headers = obj;
    }
    if (checkInvalidHeaderChar(this.statusMessage)) {
      throw makeNodeError(TypeError, 'ERR_INVALID_CHAR', 'Invalid character in statusMessage');
    }
    if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) this._hasBody = false;
    if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;
    this._storeHeader('HTTP/1.1 ' + statusCode + ' ' + this.statusMessage + '\r\n', headers, headers === this._headers);
    return this;
  }
}
adoptPrototype(ServerResponse, ServerResponseMethods.prototype, OutgoingMessage);
ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;
// The defaults are ServerResponse's own too (but for its methods): a
// response's every read of one (most of its state) is then found a step
// sooner.
for (const k of Object.keys(kDefaults)) {
  if (!Object.prototype.hasOwnProperty.call(ServerResponse.prototype, k)) ServerResponse.prototype[k] = kDefaults[k];
}
Object.assign(ServerResponse.prototype, {
  // Found here rather than at the end of the chain: the constructor's
  // req, and the listeners' table until the first listener.
  req: null,
  _events: undefined,
  sendDate: true,
  statusCode: 200,
  statusMessage: undefined,
  _sent100: false,
  _expect_continue: false,
  _closeAfterFinish: true,
  _keepAliveTimeout: 5000, // the server's default; a server sets its own
});

module.exports = { OutgoingMessage, ServerResponse };
