'use strict';
// Web globals Node provides: EventTarget, Event, AbortController and
// AbortSignal, DOMException, structuredClone, atob/btoa, performance.

const kListeners = Symbol('kListeners');
const kStop = Symbol('kStop');

class DOMException extends Error {
  constructor(message = '', options = 'Error') {
    super(message);
    const name = typeof options === 'object' && options !== null ? String(options.name || 'Error') : String(options);
    if (typeof options === 'object' && options !== null && 'cause' in options) this.cause = options.cause;
    Object.defineProperty(this, 'name', { value: name, configurable: true, writable: true, enumerable: false });
    const codes = { IndexSizeError: 1, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11, SyntaxError: 12, AbortError: 20, TimeoutError: 23, DataCloneError: 25 };
    Object.defineProperty(this, 'code', { value: codes[name] || 0, configurable: true, enumerable: false });
  }
}

class Event {
  constructor(type, options = {}) {
    if (arguments.length === 0) {
      const e = new TypeError('The "type" argument must be specified');
      e.code = 'ERR_MISSING_ARGS';
      throw e;
    }
    this.type = String(type);
    this.bubbles = !!(options && options.bubbles);
    this.cancelable = !!(options && options.cancelable);
    this.composed = !!(options && options.composed);
    this.defaultPrevented = false;
    this.timeStamp = performance.now();
    this.target = null;
    this.currentTarget = null;
    this.isTrusted = false;
    this[kStop] = false;
  }
  preventDefault() { if (this.cancelable) this.defaultPrevented = true; }
  stopImmediatePropagation() { this[kStop] = true; }
  stopPropagation() {}
  get srcElement() { return this.target; }
  get returnValue() { return !this.defaultPrevented; }
  composedPath() { return this.currentTarget ? [this.currentTarget] : []; }
}

class EventTarget {
  constructor() { this[kListeners] = new Map(); }
  addEventListener(type, listener, options) {
    if (listener == null) return;
    if (!this[kListeners]) this[kListeners] = new Map();
    const once = typeof options === 'object' && options !== null && !!options.once;
    const signal = typeof options === 'object' && options !== null ? options.signal : undefined;
    let list = this[kListeners].get(type);
    if (!list) this[kListeners].set(type, (list = []));
    if (list.some((l) => l.listener === listener)) return;
    const rec = { listener, once };
    list.push(rec);
    if (signal) {
      if (signal.aborted) {
        list.splice(list.indexOf(rec), 1);
        return;
      }
      signal.addEventListener('abort', () => this.removeEventListener(type, listener), { once: true });
    }
  }
  removeEventListener(type, listener) {
    const list = this[kListeners] && this[kListeners].get(type);
    if (!list) return;
    const i = list.findIndex((l) => l.listener === listener);
    if (i >= 0) list.splice(i, 1);
  }
  dispatchEvent(event) {
    if (!(event instanceof Event)) {
      const e = new TypeError('The "event" argument must be an instance of Event. Received ' + typeof event);
      e.code = 'ERR_INVALID_ARG_TYPE';
      throw e;
    }
    event.target = this;
    event.currentTarget = this;
    const list = this[kListeners] && this[kListeners].get(event.type);
    if (list) {
      for (const rec of list.slice()) {
        if (rec.once) this.removeEventListener(event.type, rec.listener);
        try {
          if (typeof rec.listener === 'function') rec.listener.call(this, event);
          else if (rec.listener && typeof rec.listener.handleEvent === 'function') rec.listener.handleEvent(event);
        } catch (err) {
          process.nextTick(() => { throw err; });
        }
        if (event[kStop]) break;
      }
    }
    const handler = this['on' + event.type];
    if (typeof handler === 'function' && !(list && list.some((r) => r.listener === handler))) handler.call(this, event);
    event.currentTarget = null;
    return !event.defaultPrevented;
  }
}

const kReason = Symbol('kReason');
const kAborted = Symbol('kAborted');

function abortReason(reason) {
  return reason === undefined ? new DOMException('This operation was aborted', 'AbortError') : reason;
}

class AbortSignal extends EventTarget {
  constructor(key) {
    if (key !== kReason) {
      const e = new TypeError('Illegal constructor');
      e.code = 'ERR_ILLEGAL_CONSTRUCTOR';
      throw e;
    }
    super();
    this[kAborted] = false;
    this[kReason] = undefined;
    this.onabort = null;
  }
  get aborted() { return this[kAborted]; }
  get reason() { return this[kReason]; }
  throwIfAborted() { if (this[kAborted]) throw this[kReason]; }
  static abort(reason) {
    const s = new AbortSignal(kReason);
    s[kAborted] = true;
    s[kReason] = abortReason(reason);
    return s;
  }
  static timeout(ms) {
    const s = new AbortSignal(kReason);
    const t = setTimeout(() => signalAbort(s, new DOMException('The operation was aborted due to timeout', 'TimeoutError')), ms);
    if (t && t.unref) t.unref();
    return s;
  }
  static any(signals) {
    const s = new AbortSignal(kReason);
    for (const sig of signals) {
      if (sig.aborted) {
        s[kAborted] = true;
        s[kReason] = sig.reason;
        return s;
      }
    }
    for (const sig of signals) sig.addEventListener('abort', () => signalAbort(s, sig.reason), { once: true });
    return s;
  }
  get [Symbol.toStringTag]() { return 'AbortSignal'; }
}

function signalAbort(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  const ev = new Event('abort');
  ev.isTrusted = true;
  signal.dispatchEvent(ev);
}

class AbortController {
  constructor() { this._signal = new AbortSignal(kReason); }
  get signal() { return this._signal; }
  abort(reason) { signalAbort(this._signal, abortReason(reason)); }
  get [Symbol.toStringTag]() { return 'AbortController'; }
}

function structuredClone(value, options) {
  if (arguments.length === 0) {
    const e = new TypeError('The "value" argument must be specified');
    e.code = 'ERR_MISSING_ARGS';
    throw e;
  }
  const seen = new Map();
  const clone = (v) => {
    if (v === null || (typeof v !== 'object' && typeof v !== 'function')) {
      if (typeof v === 'symbol') throw new DOMException(String(v) + ' could not be cloned.', 'DataCloneError');
      return v;
    }
    if (typeof v === 'function') throw new DOMException((v.toString().slice(0, 60)) + ' could not be cloned.', 'DataCloneError');
    if (seen.has(v)) return seen.get(v);
    let out;
    if (Array.isArray(v)) {
      out = [];
      seen.set(v, out);
      for (let i = 0; i < v.length; i++) out[i] = clone(v[i]);
      return out;
    }
    if (v instanceof Date) return new Date(v.getTime());
    if (v instanceof RegExp) return new RegExp(v.source, v.flags);
    if (v instanceof Map) {
      out = new Map();
      seen.set(v, out);
      for (const [k, val] of v) out.set(clone(k), clone(val));
      return out;
    }
    if (v instanceof Set) {
      out = new Set();
      seen.set(v, out);
      for (const k of v) out.add(clone(k));
      return out;
    }
    if (ArrayBuffer.isView(v)) {
      const C = typeof Buffer !== 'undefined' && v instanceof Buffer ? Uint8Array : v.constructor;
      return new C(v.buffer.slice(v.byteOffset, v.byteOffset + v.byteLength));
    }
    if (v instanceof ArrayBuffer) return v.slice(0);
    if (v instanceof Error) {
      const C = { EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError }[v.name] || Error;
      out = new C(v.message);
      seen.set(v, out);
      if (v.stack !== undefined) out.stack = v.stack;
      if ('cause' in v) out.cause = clone(v.cause);
      return out;
    }
    if (v instanceof Boolean || v instanceof Number || v instanceof String) return Object(v.valueOf());
    out = {};
    seen.set(v, out);
    for (const k of Object.keys(v)) out[k] = clone(v[k]);
    return out;
  };
  return clone(value);
}

const b64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function btoa(input) {
  if (arguments.length === 0) {
    const e = new TypeError('The "input" argument must be specified');
    e.code = 'ERR_MISSING_ARGS';
    throw e;
  }
  input = String(input);
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 255) throw new DOMException('Invalid character', 'InvalidCharacterError');
  }
  return Buffer.from(input, 'latin1').toString('base64');
}
function atob(input) {
  if (arguments.length === 0) {
    const e = new TypeError('The "input" argument must be specified');
    e.code = 'ERR_MISSING_ARGS';
    throw e;
  }
  input = String(input).replace(/[\t\n\f\r ]/g, '');
  if (input.length % 4 === 0) input = input.replace(/==?$/, '');
  if (input.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(input)) throw new DOMException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  return Buffer.from(input, 'base64').toString('latin1');
}
void b64;

const timeOrigin = Date.now() - process.uptime() * 1000;
const performance = {
  timeOrigin,
  now() { return process.uptime() * 1000; },
  mark() {},
  measure() {},
  toJSON() { return { timeOrigin }; },
};

module.exports = { DOMException, Event, EventTarget, AbortController, AbortSignal, structuredClone, atob, btoa, performance };
// For events.getEventListeners(eventTarget, type).
Object.defineProperty(module.exports, 'kListeners', { value: kListeners });
