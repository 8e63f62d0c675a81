'use strict';
// fetch, Request and Response as node 20's undici gives them, over the
// Go client (see fetch.go): bodies stream both ways as ReadableStreams.
const binding = require('internal/http_binding');
const { Headers, FormData, headersList, setGuard, encodeFormData } = require('internal/fetch_headers');
const { ReadableStream } = require('stream/web');
const { Blob } = require('internal/blob');

const kState = Symbol('state');
const kHeaders = Symbol('headers');
const kSignal = Symbol('signal');

// extractBody turns a BodyInit into { stream|bytes, type, length }.
function extractBody(body) {
  if (typeof body === 'string') return { bytes: Buffer.from(body), type: 'text/plain;charset=UTF-8' };
  if (body instanceof URLSearchParams) return { bytes: Buffer.from(body.toString()), type: 'application/x-www-form-urlencoded;charset=UTF-8' };
  if (body instanceof ArrayBuffer) return { bytes: Buffer.from(body.slice(0)), type: null };
  if (ArrayBuffer.isView(body)) return { bytes: Buffer.from(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength)), type: null };
  if (body instanceof Blob) return { blob: body, type: body.type || null };
  if (body instanceof FormData) {
    const { parts, boundary } = encodeFormData(body);
    return { blob: new Blob(parts), type: 'multipart/form-data; boundary=' + boundary };
  }
  if (body instanceof ReadableStream) {
    if (body.locked) throw new TypeError('Response body object should not be disturbed or locked');
    return { stream: body, type: null };
  }
  if (body !== null && typeof body === 'object' && typeof body[Symbol.asyncIterator] === 'function') {
    const it = body[Symbol.asyncIterator]();
    return {
      stream: new ReadableStream({
        async pull(c) {
          const { value, done } = await it.next();
          if (done) c.close();
          else c.enqueue(typeof value === 'string' ? Buffer.from(value) : new Uint8Array(value));
        },
      }),
      type: null,
    };
  }
  return { bytes: Buffer.from(String(body)), type: 'text/plain;charset=UTF-8' };
}

class Body {
  get body() {
    const st = this[kState];
    if (st.body === null) return null;
    if (!st.body.stream) {
      const b = st.body;
      let bytes = b.bytes;
      b.stream = new ReadableStream({
        type: 'bytes',
        async pull(c) {
          if (bytes === undefined) bytes = Buffer.from(await b.blob.arrayBuffer());
          if (bytes.length) c.enqueue(new Uint8Array(bytes));
          bytes = null;
          c.close();
        },
      });
    }
    return st.body.stream;
  }

  get bodyUsed() {
    const st = this[kState];
    return st.used || !!(st.body && st.body.stream && isDisturbed(st.body.stream));
  }

  async arrayBuffer() { const b = await consume(this); return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength); }
  async text() { return (await consume(this)).toString('utf8'); }
  async json() { return JSON.parse(await this.text()); }
  async blob() {
    const b = await consume(this);
    return new Blob([b], { type: (this.headers.get('content-type') || '') });
  }
  async formData() {
    const type = this.headers.get('content-type') || '';
    const text = await this.text();
    if (/^application\/x-www-form-urlencoded/i.test(type)) {
      const fd = new FormData();
      for (const [k, v] of new URLSearchParams(text)) fd.append(k, v);
      return fd;
    }
    throw new TypeError('Response.formData: unsupported content type');
  }
}

function isDisturbed(stream) {
  return stream[kDisturbed] === true;
}
const kDisturbed = Symbol('disturbed');

async function consume(obj) {
  const st = obj[kState];
  if (st.used || (st.body && st.body.stream && (st.body.stream.locked || isDisturbed(st.body.stream)))) {
    throw new TypeError('Body is unusable: Body has already been read');
  }
  st.used = true;
  if (st.body === null) return Buffer.alloc(0);
  const b = st.body;
  if (!b.stream) {
    if (b.bytes) return b.bytes;
    return Buffer.from(await b.blob.arrayBuffer());
  }
  const reader = b.stream.getReader();
  b.stream[kDisturbed] = true;
  const chunks = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
  }
  return Buffer.concat(chunks);
}

const kMethods = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);
const kRedirects = new Set(['follow', 'manual', 'error']);

class Request extends Body {
  constructor(input, init = {}) {
    super();
    if (arguments.length < 1) throw new TypeError("Failed to construct 'Request': 1 argument required, but only 0 present.");
    let base = null;
    if (input instanceof Request) base = input;
    let url;
    if (base) url = base.url;
    else {
      try {
        url = new URL(String(input)).href;
      } catch (e) {
        const err = new TypeError('Failed to parse URL from ' + String(input));
        err.cause = e;
        throw err;
      }
      const u = new URL(url);
      if (u.username || u.password) throw new TypeError('Request cannot be constructed from a URL that includes credentials: ' + String(input));
    }
    init = init || {};
    let method = init.method !== undefined ? String(init.method) : (base ? base.method : 'GET');
    if (!/^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
    const upper = method.toUpperCase();
    if (upper === 'CONNECT' || upper === 'TRACE' || upper === 'TRACK') throw new TypeError(`'${method}' HTTP method is unsupported.`);
    if (kMethods.has(upper)) method = upper;
    const redirect = init.redirect !== undefined ? String(init.redirect) : (base ? base.redirect : 'follow');
    if (!kRedirects.has(redirect)) {
      throw new TypeError(`Request constructor: ${redirect} is not an accepted type. Expected one of follow, manual, error.`);
    }
    const headers = new Headers(init.headers !== undefined ? init.headers : (base ? base.headers : undefined));
    let body = null;
    if (init.body !== undefined && init.body !== null) {
      if (method === 'GET' || method === 'HEAD') throw new TypeError('Request with GET/HEAD method cannot have body.');
      body = extractBody(init.body);
      if (body.stream && init.duplex !== 'half') throw new TypeError('RequestInit: duplex option is required when sending a body.');
      if (body.type && !headers.has('content-type')) headers.append('content-type', body.type);
    } else if (base) {
      body = base[kState].body;
    }
    const signal = init.signal !== undefined ? init.signal : (base ? base.signal : null);
    if (signal !== null && signal !== undefined && !(signal instanceof AbortSignal)) {
      throw new TypeError("Failed to construct 'Request': member signal is not of type AbortSignal.");
    }
    this[kState] = { url, method, redirect, body, used: false };
    this[kHeaders] = headers;
    this[kSignal] = signal || new AbortController().signal;
  }
  get url() { return this[kState].url; }
  get method() { return this[kState].method; }
  get headers() { return this[kHeaders]; }
  get redirect() { return this[kState].redirect; }
  get signal() { return this[kSignal]; }
  get duplex() { return 'half'; }
  get cache() { return 'default'; }
  get credentials() { return 'same-origin'; }
  get mode() { return 'cors'; }
  get referrer() { return 'about:client'; }
  get referrerPolicy() { return ''; }
  get integrity() { return ''; }
  get keepalive() { return false; }
  get destination() { return ''; }
  clone() {
    if (this.bodyUsed) throw new TypeError('Request.clone: Body has already been consumed.');
    const r = new Request(this);
    r[kState].body = cloneBody(this[kState]);
    return r;
  }
  get [Symbol.toStringTag]() { return 'Request'; }
}

function cloneBody(st) {
  const b = st.body;
  if (b === null) return null;
  if (!b.stream) return { ...b };
  const [a, c] = b.stream.tee();
  b.stream = a;
  return { stream: c, type: b.type };
}

const kNullBody = new Set([101, 204, 205, 304]);

class Response extends Body {
  constructor(body = null, init = {}) {
    super();
    init = init || {};
    const status = init.status !== undefined ? Number(init.status) : 200;
    if (status < 200 || status > 599 || !Number.isInteger(status)) {
      throw new RangeError(`init["status"] must be in the range of 200 to 599, inclusive.`);
    }
    const statusText = init.statusText !== undefined ? String(init.statusText) : '';
    const headers = new Headers(init.headers);
    let b = null;
    if (body !== null && body !== undefined) {
      if (kNullBody.has(status)) throw new TypeError('Response constructor: Invalid response status code ' + status);
      b = extractBody(body);
      if (b.type && !headers.has('content-type')) headers.append('content-type', b.type);
    }
    this[kState] = { status, statusText, body: b, used: false, url: '', redirected: false, type: 'default' };
    this[kHeaders] = headers;
  }
  static error() {
    const r = new Response(null, { status: 200 });
    Object.assign(r[kState], { status: 0, type: 'error' });
    setGuard(r[kHeaders], 'immutable');
    return r;
  }
  static json(data, init = {}) {
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const headers = new Headers(init && init.headers);
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
    return new Response(text, { ...init, headers });
  }
  static redirect(url, status = 302) {
    const u = new URL(String(url)).href;
    if (![301, 302, 303, 307, 308].includes(status)) throw new RangeError(`Invalid status code ${status}`);
    const r = new Response(null, { status, headers: { location: u } });
    setGuard(r[kHeaders], 'immutable');
    return r;
  }
  get status() { return this[kState].status; }
  get statusText() { return this[kState].statusText; }
  get ok() { return this[kState].status >= 200 && this[kState].status <= 299; }
  get headers() { return this[kHeaders]; }
  get url() { return this[kState].url; }
  get redirected() { return this[kState].redirected; }
  get type() { return this[kState].type; }
  clone() {
    if (this.bodyUsed) throw new TypeError('Response.clone: Body has already been consumed.');
    const r = new Response(null, { status: this.status === 0 ? 200 : this.status, statusText: this.statusText, headers: this.headers });
    Object.assign(r[kState], { ...this[kState], body: cloneBody(this[kState]) });
    return r;
  }
  get [Symbol.toStringTag]() { return 'Response'; }
}

function fetchFailed(cause) {
  const e = new TypeError('fetch failed');
  e.cause = cause;
  return e;
}

function abortReason(signal) {
  return signal.reason !== undefined ? signal.reason : new DOMException('This operation was aborted', 'AbortError');
}

function fetch(input, init = undefined) {
  return new Promise((resolve, reject) => {
    let request;
    try {
      request = new Request(input, init);
    } catch (e) {
      reject(e);
      return;
    }
    const signal = request.signal;
    if (signal.aborted) {
      reject(abortReason(signal));
      return;
    }
    const u = new URL(request.url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') {
      if (u.protocol === 'data:') return resolve(dataURL(request.url));
      reject(fetchFailed(new Error(u.protocol === 'about:' ? 'about scheme is not supported' : 'unknown scheme')));
      return;
    }
    const raw = [];
    const list = headersList(request.headers);
    for (const [k, v] of list) raw.push(k, v);
    const has = (k) => list.some((e) => e[0] === k);
    if (!has('accept')) raw.push('accept', '*/*');
    if (!has('accept-language')) raw.push('accept-language', '*');
    if (!has('sec-fetch-mode')) raw.push('sec-fetch-mode', 'cors');
    if (!has('user-agent')) raw.push('user-agent', 'node');
    if (!has('accept-encoding')) raw.push('accept-encoding', 'gzip, deflate');
    const st = request[kState];
    let bytes = null;
    let stream = null;
    const body = st.body;
    let ctl;
    let done = false;
    let responseStream = null;
    const onAbort = () => {
      if (ctl) ctl.abort();
      const reason = abortReason(signal);
      if (!done) { done = true; reject(reason); }
      if (responseStream) {
        try { responseStream.error(reason); } catch {}
      }
    };
    signal.addEventListener('abort', onAbort, { once: true });
    const start = () => {
      ctl = binding.fetchStart(request.method, request.url, raw, bytes, stream !== null, st.redirect, (err, status, statusText, headers, url, redirected, src) => {
        if (done) { if (src) src.close(); return; }
        done = true;
        if (err) {
          signal.removeEventListener('abort', onAbort);
          reject(fetchFailed(err));
          return;
        }
        const res = new Response(null, { status: status < 200 ? 200 : status });
        const h = res[kHeaders];
        for (let i = 0; i < headers.length; i += 2) h.append(headers[i], headers[i + 1]);
        setGuard(h, 'immutable');
        Object.assign(res[kState], { status, statusText, url: url, redirected, type: 'basic' });
        const nullBody = request.method === 'HEAD' || kNullBody.has(status);
        if (nullBody) {
          src.close();
          signal.removeEventListener('abort', onAbort);
        } else {
          res[kState].body = { stream: bodyStream(src, signal, onAbort, (c) => { responseStream = c; }), type: null };
        }
        resolve(res);
      });
      if (stream !== null) pump(stream, ctl);
    };
    if (body === null) {
      start();
    } else if (body.stream) {
      stream = body.stream;
      start();
    } else if (body.bytes) {
      bytes = body.bytes;
      start();
    } else {
      body.blob.arrayBuffer().then((ab) => { bytes = Buffer.from(ab); if (!done) start(); }, reject);
    }
  });
}

// bodyStream is the response body: a byte ReadableStream pulling from
// the Go reader, which pauses while the stream's queue is full.
function bodyStream(src, signal, onAbort, setController) {
  let pending = null;
  let controllerRef;
  let cancelled = false;
  src.onread = (chunk, err) => {
    if (cancelled) return;
    if (err !== undefined) {
      signal.removeEventListener('abort', onAbort);
      try { controllerRef.error(fetchFailedBody(err)); } catch {}
      return;
    }
    if (chunk === null) {
      signal.removeEventListener('abort', onAbort);
      try { controllerRef.close(); } catch {}
      if (pending) { pending(); pending = null; }
      return;
    }
    controllerRef.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    if (controllerRef.desiredSize <= 0 && !pending) src.readStop();
    if (pending) { pending(); pending = null; }
  };
  // The stream pulls only for a read (a high-water mark of 0), so the
  // first pull marks it disturbed, as undici's body is once read.
  const stream = new ReadableStream({
    type: 'bytes',
    start(c) { controllerRef = c; setController(c); },
    pull() {
      stream[kDisturbed] = true;
      return new Promise((resolve) => { pending = resolve; src.readStart(); });
    },
    cancel() {
      stream[kDisturbed] = true;
      cancelled = true;
      signal.removeEventListener('abort', onAbort);
      src.close();
    },
  }, { highWaterMark: 0 });
  return stream;
}

function fetchFailedBody(err) {
  if (err && err.code === 'UND_ERR_SOCKET') return fetchFailed(err);
  return err;
}

// pump writes a request body stream to the Go request.
async function pump(stream, ctl) {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      const chunk = typeof value === 'string' ? Buffer.from(value) : value;
      await new Promise((resolve, reject) => ctl.write(chunk, (err) => (err ? reject(err) : resolve())));
    }
    ctl.end();
  } catch (e) {
    ctl.abort();
  }
}

function dataURL(href) {
  const m = /^data:([^,]*?)(;base64)?,(.*)$/s.exec(href);
  if (!m) return Promise.reject(fetchFailed(new Error('invalid data: URL')));
  const bytes = m[2] ? Buffer.from(decodeURIComponent(m[3]), 'base64') : Buffer.from(decodeURIComponent(m[3]), 'latin1');
  const res = new Response(bytes, { status: 200, statusText: 'OK', headers: { 'content-type': m[1] || 'text/plain;charset=US-ASCII' } });
  res[kState].url = href;
  return res;
}

Object.defineProperty(fetch, 'name', { value: 'fetch' });

module.exports = { fetch, Headers, Request, Response, FormData };
