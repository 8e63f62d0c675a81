'use strict';
// Headers and FormData as undici gives them to node's fetch.
const { checkIsHttpToken, checkInvalidHeaderChar } = require('internal/http_common');

const kList = Symbol('headers list');
const kGuard = Symbol('guard');

function normalizeValue(v) {
  return String(v).replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
}

class Headers {
  constructor(init = undefined) {
    this[kList] = []; // [lowerName, value] in insertion order
    this[kGuard] = 'none';
    if (init === undefined || init === null) {
      if (init === null) throw new TypeError("Failed to construct 'Headers': The provided value is not of type '(record<ByteString, ByteString> or sequence<sequence<ByteString>>)'.");
      return;
    }
    fill(this, init);
  }

  append(name, value) { append(this, name, value, 'append'); }

  delete(name) {
    check(this, name, 'delete');
    const k = String(name).toLowerCase();
    this[kList] = this[kList].filter((e) => e[0] !== k);
  }

  get(name) {
    validName(name, 'get');
    const k = String(name).toLowerCase();
    const vals = this[kList].filter((e) => e[0] === k).map((e) => e[1]);
    return vals.length ? vals.join(', ') : null;
  }

  getSetCookie() {
    return this[kList].filter((e) => e[0] === 'set-cookie').map((e) => e[1]);
  }

  has(name) {
    validName(name, 'has');
    const k = String(name).toLowerCase();
    return this[kList].some((e) => e[0] === k);
  }

  set(name, value) {
    check(this, name, 'set');
    value = normalizeValue(value);
    validValue(name, value, 'set');
    const k = String(name).toLowerCase();
    const list = this[kList];
    const i = list.findIndex((e) => e[0] === k);
    if (i < 0) list.push([k, value]);
    else {
      list[i] = [k, value];
      this[kList] = list.filter((e, j) => j <= i || e[0] !== k);
    }
  }

  forEach(cb, thisArg) {
    for (const [k, v] of this) cb.call(thisArg, v, k, this);
  }

  *entries() {
    const names = [...new Set(this[kList].map((e) => e[0]))].sort();
    for (const k of names) {
      if (k === 'set-cookie') {
        for (const v of this.getSetCookie()) yield [k, v];
      } else {
        yield [k, this.get(k)];
      }
    }
  }

  *keys() { for (const [k] of this.entries()) yield k; }
  *values() { for (const [, v] of this.entries()) yield v; }
  [Symbol.iterator]() { return this.entries(); }
  get [Symbol.toStringTag]() { return 'Headers'; }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    const o = {};
    for (const [k, v] of this) o[k] = v;
    return 'HeadersList ' + (inspect ? inspect(o, options) : JSON.stringify(o));
  }
}

function validName(name, op) {
  if (!checkIsHttpToken(String(name))) {
    throw new TypeError(`Headers.${op}: "${name}" is an invalid header name.`);
  }
}

function validValue(name, value, op) {
  if (checkInvalidHeaderChar(value) || /[\0\r\n]/.test(value)) {
    throw new TypeError(`Headers.${op}: "${value}" is an invalid header value.`);
  }
}

function check(h, name, op) {
  validName(name, op);
  if (h[kGuard] === 'immutable') throw new TypeError('immutable');
}

function append(h, name, value, op) {
  check(h, name, op);
  value = normalizeValue(value);
  validValue(name, value, op);
  h[kList].push([String(name).toLowerCase(), value]);
}

function fill(h, init) {
  if (typeof init !== 'object' && typeof init !== 'function') {
    throw new TypeError("Headers constructor: expected (record<ByteString, ByteString> or sequence<sequence<ByteString>>)");
  }
  if (typeof init[Symbol.iterator] === 'function') {
    for (const pair of init) {
      const p = [...pair];
      if (p.length !== 2) throw new TypeError('Headers constructor: expected name/value pair to be length 2, found ' + p.length + '.');
      append(h, p[0], p[1], 'append');
    }
  } else {
    for (const k of Object.keys(init)) append(h, k, init[k], 'append');
  }
}

// headersList returns the pairs in insertion order, lower-cased names.
function headersList(h) { return h[kList]; }
function setGuard(h, g) { h[kGuard] = g; }

const kEntries = Symbol('entries');

class FormData {
  constructor(form) {
    if (form !== undefined) throw new TypeError("Failed to construct 'FormData': parameter 1 is not of type 'HTMLFormElement'.");
    this[kEntries] = [];
  }
  append(name, value, filename) { this[kEntries].push(entry(name, value, filename, arguments.length)); }
  delete(name) { name = String(name); this[kEntries] = this[kEntries].filter((e) => e[0] !== name); }
  get(name) { name = String(name); const e = this[kEntries].find((x) => x[0] === name); return e ? e[1] : null; }
  getAll(name) { name = String(name); return this[kEntries].filter((x) => x[0] === name).map((x) => x[1]); }
  has(name) { name = String(name); return this[kEntries].some((x) => x[0] === name); }
  set(name, value, filename) {
    const e = entry(name, value, filename, arguments.length);
    const i = this[kEntries].findIndex((x) => x[0] === e[0]);
    if (i < 0) this[kEntries].push(e);
    else this[kEntries] = this[kEntries].filter((x, j) => j < i || x[0] !== e[0]).map((x, j) => (j === i ? e : x));
  }
  forEach(cb, thisArg) { for (const [k, v] of this) cb.call(thisArg, v, k, this); }
  *entries() { for (const e of this[kEntries]) yield [e[0], e[1]]; }
  *keys() { for (const e of this[kEntries]) yield e[0]; }
  *values() { for (const e of this[kEntries]) yield e[1]; }
  [Symbol.iterator]() { return this.entries(); }
  get [Symbol.toStringTag]() { return 'FormData'; }
}

function entry(name, value, filename, argc) {
  if (argc < 2) throw new TypeError(`FormData.append: 2 arguments required, but only ${argc} found.`);
  name = String(name);
  const { Blob, File } = require('internal/blob');
  if (value instanceof Blob) {
    if (!(value instanceof File) || filename !== undefined) {
      value = new File([value], filename !== undefined ? String(filename) : (value instanceof File ? value.name : 'blob'), { type: value.type });
    }
    return [name, value];
  }
  return [name, String(value)];
}

// encodeFormData returns a multipart body as Blob parts, and its boundary.
function encodeFormData(fd) {
  const boundary = '----formdata-undici-0' + String(Math.random()).slice(2, 13).padStart(11, '0');
  const esc = (s) => s.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
  const parts = [];
  for (const [name, value] of fd[kEntries]) {
    if (typeof value === 'string') {
      parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="${esc(name)}"\r\n\r\n${value.replace(/\r(?!\n)|(?<!\r)\n/g, '\r\n')}\r\n`);
    } else {
      parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="${esc(name)}"; filename="${esc(value.name)}"\r\nContent-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`);
      parts.push(value);
      parts.push('\r\n');
    }
  }
  parts.push(`--${boundary}--\r\n`);
  return { parts, boundary };
}

module.exports = { Headers, FormData, headersList, setGuard, encodeFormData, formEntries: kEntries };
