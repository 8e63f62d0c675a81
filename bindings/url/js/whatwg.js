'use strict';
// The WHATWG URL and URLSearchParams classes. Parsing, serializing and
// the setters run in Go (bindings/url/whatwg.go); a URL keeps its parsed
// record, and its searchParams write their serialization back into it.

const native = internalBinding('url');
const errors = require('internal/errors');

const kRecord = Symbol('url record');
const kList = Symbol('query list');
const kURL = Symbol('owning url');
const inspectCustom = Symbol.for('nodejs.util.inspect.custom');

function invalidURL(input, base) {
  const e = errors.makeNodeError(TypeError, 'ERR_INVALID_URL', 'Invalid URL');
  e.input = input;
  if (base !== undefined) e.base = base;
  return e;
}

function missingArgs(names) {
  const list = names.map((n) => '"' + n + '"');
  const msg = list.length === 1 ? 'The ' + list[0] + ' argument must be specified'
    : 'The ' + list.join(' and ') + ' arguments must be specified';
  return errors.makeNodeError(TypeError, 'ERR_MISSING_ARGS', msg);
}

// toUSVString converts v to a string with lone surrogates replaced.
function toUSVString(v) {
  const s = `${v}`;
  let out = null;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xD800 || c > 0xDFFF) continue;
    if (c <= 0xDBFF && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xFC00) === 0xDC00) {
      i++;
      continue;
    }
    if (out === null) out = s.split('');
    out[i] = '\uFFFD';
  }
  return out === null ? s : out.join('');
}

function parseQuery(query) {
  const list = [];
  if (query === '') return list;
  for (const part of query.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = eq === -1 ? part : part.slice(0, eq);
    const value = eq === -1 ? '' : part.slice(eq + 1);
    list.push([native.formDecode(name), native.formDecode(value)]);
  }
  return list;
}

function serializeQuery(list) {
  let out = '';
  for (let i = 0; i < list.length; i++) {
    if (i) out += '&';
    out += native.formEncode(list[i][0]) + '=' + native.formEncode(list[i][1]);
  }
  return out;
}

class URLSearchParams {
  constructor(init = undefined) {
    Object.defineProperty(this, kList, { value: [], writable: true, configurable: true, enumerable: false });
    Object.defineProperty(this, kURL, { value: null, writable: true, configurable: true, enumerable: false });
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && init instanceof URLSearchParams) {
        this[kList] = init[kList].map((p) => [p[0], p[1]]);
      } else if (method != null) {
        if (typeof method !== 'function') throw errors.invalidArgType('query', 'Object', init);
        for (const pair of init) {
          if (pair === null || (typeof pair !== 'object' && typeof pair !== 'function') || typeof pair[Symbol.iterator] !== 'function') {
            throw errors.makeNodeError(TypeError, 'ERR_INVALID_TUPLE', 'Each query pair must be an iterable [name, value] tuple');
          }
          const kv = [...pair];
          if (kv.length !== 2) {
            throw errors.makeNodeError(TypeError, 'ERR_INVALID_TUPLE', 'Each query pair must be an iterable [name, value] tuple');
          }
          this[kList].push([toUSVString(kv[0]), toUSVString(kv[1])]);
        }
      } else {
        for (const key of Reflect.ownKeys(init)) {
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (typeof key === 'string' && desc !== undefined && desc.enumerable) {
            this[kList].push([toUSVString(key), toUSVString(init[key])]);
          }
        }
      }
    } else {
      let s = toUSVString(init);
      if (s[0] === '?') s = s.slice(1);
      this[kList] = parseQuery(s);
    }
  }

  get size() {
    return this[kList].length;
  }

  append(name, value) {
    if (arguments.length < 2) throw missingArgs(['name', 'value']);
    this[kList].push([toUSVString(name), toUSVString(value)]);
    update(this);
  }

  delete(name, value = undefined) {
    if (arguments.length < 1) throw missingArgs(['name']);
    name = toUSVString(name);
    if (value !== undefined) {
      value = toUSVString(value);
      this[kList] = this[kList].filter((p) => !(p[0] === name && p[1] === value));
    } else {
      this[kList] = this[kList].filter((p) => p[0] !== name);
    }
    update(this);
  }

  get(name) {
    if (arguments.length < 1) throw missingArgs(['name']);
    name = toUSVString(name);
    const p = this[kList].find((e) => e[0] === name);
    return p === undefined ? null : p[1];
  }

  getAll(name) {
    if (arguments.length < 1) throw missingArgs(['name']);
    name = toUSVString(name);
    return this[kList].filter((p) => p[0] === name).map((p) => p[1]);
  }

  has(name, value = undefined) {
    if (arguments.length < 1) throw missingArgs(['name']);
    name = toUSVString(name);
    if (value !== undefined) {
      value = toUSVString(value);
      return this[kList].some((p) => p[0] === name && p[1] === value);
    }
    return this[kList].some((p) => p[0] === name);
  }

  set(name, value) {
    if (arguments.length < 2) throw missingArgs(['name', 'value']);
    name = toUSVString(name);
    value = toUSVString(value);
    const list = this[kList];
    const i = list.findIndex((p) => p[0] === name);
    if (i === -1) {
      list.push([name, value]);
    } else {
      list[i][1] = value;
      this[kList] = list.filter((p, j) => j <= i || p[0] !== name);
    }
    update(this);
  }

  sort() {
    // A stable sort by UTF-16 code units of the names.
    const list = this[kList].map((p, i) => [p, i]);
    list.sort((a, b) => (a[0][0] < b[0][0] ? -1 : a[0][0] > b[0][0] ? 1 : a[1] - b[1]));
    this[kList] = list.map((e) => e[0]);
    update(this);
  }

  forEach(callback, thisArg = undefined) {
    errors.validateFunction(callback, 'callback');
    for (let i = 0; i < this[kList].length; i++) {
      const [k, v] = this[kList][i];
      callback.call(thisArg, v, k, this);
    }
  }

  * entries() {
    for (let i = 0; i < this[kList].length; i++) yield [this[kList][i][0], this[kList][i][1]];
  }

  * keys() {
    for (let i = 0; i < this[kList].length; i++) yield this[kList][i][0];
  }

  * values() {
    for (let i = 0; i < this[kList].length; i++) yield this[kList][i][1];
  }

  toString() {
    return serializeQuery(this[kList]);
  }

  [inspectCustom](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return opts.stylize('[Object]', 'special');
    const { inspect } = require('internal/inspect');
    const inner = { ...opts, depth: opts.depth == null ? null : opts.depth - 1 };
    const out = this[kList].map((p) => inspect(p[0], inner) + ' => ' + inspect(p[1], inner));
    const length = out.reduce((n, s) => n + s.length + 2, -2);
    if (out.length === 0) return 'URLSearchParams {}';
    if (length > (opts.breakLength || 128)) return 'URLSearchParams {\n  ' + out.join(',\n  ') + ' }';
    return 'URLSearchParams { ' + out.join(', ') + ' }';
  }
}

URLSearchParams.prototype[Symbol.iterator] = URLSearchParams.prototype.entries;
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });

function update(params) {
  const url = params[kURL];
  if (url === null) return;
  const s = serializeQuery(params[kList]);
  native.setQuery(url[kRecord], s === '' ? null : s);
}

const attributes = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
  'pathname', 'search', 'searchParams', 'hash'];

class URL {
  constructor(input, base = undefined) {
    if (arguments.length === 0) throw missingArgs(['url']);
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    const rec = native.parse(input, base);
    if (rec === null) throw invalidURL(input, base);
    Object.defineProperty(this, kRecord, { value: rec, writable: true, configurable: true, enumerable: false });
    const params = new URLSearchParams();
    params[kList] = parseQuery(native.query(rec));
    params[kURL] = this;
    Object.defineProperty(this, kList, { value: params, writable: true, configurable: true, enumerable: false });
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw missingArgs(['url']);
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    return native.canParse(input, base);
  }

  get searchParams() {
    return this[kList];
  }

  toString() {
    return native.get(this[kRecord], 'href');
  }

  toJSON() {
    return native.get(this[kRecord], 'href');
  }

  [inspectCustom](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const { inspect } = require('internal/inspect');
    const obj = {};
    for (const k of attributes) obj[k] = this[k];
    return 'URL ' + inspect(obj, opts);
  }
}

for (const name of attributes) {
  if (name === 'searchParams') continue;
  const desc = {
    enumerable: true,
    configurable: true,
    get() {
      return native.get(this[kRecord], name);
    },
  };
  if (name !== 'origin') {
    desc.set = function (value) {
      value = toUSVString(value);
      if (!native.set(this[kRecord], name, value)) throw invalidURL(value);
      if (name === 'href' || name === 'search') this[kList][kList] = parseQuery(native.query(this[kRecord]));
    };
  }
  Object.defineProperty(URL.prototype, name, desc);
}
Object.defineProperty(URL.prototype, 'searchParams', { enumerable: true });
Object.defineProperty(URL.prototype, 'toString', { enumerable: true });
Object.defineProperty(URL.prototype, 'toJSON', { enumerable: true });
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });

// URL.createObjectURL and revokeObjectURL come from the module that
// provides Blob, loaded on first call.
for (const name of ['createObjectURL', 'revokeObjectURL']) {
  const fn = {
    [name](arg) {
      return require('internal/blob')[name](...arguments);
    },
  }[name];
  Object.defineProperty(URL, name, { value: fn, writable: true, enumerable: true, configurable: true });
}

module.exports = { URL, URLSearchParams, invalidURL };
