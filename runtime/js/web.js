'use strict';
// Web globals Node provides: EventTarget, Event, AbortController and
// AbortSignal, DOMException, structuredClone, atob/btoa, performance.

const kListeners = Symbol('kListeners');
const kStop = Symbol('kStop');
const kEvent = Symbol('kEvent');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

// inspectAs shows obj under self's class name, as Node's web classes do.
function inspectAs(self, obj, depth, options, inspect) {
  if (typeof depth === 'number' && depth < 0) return self;
  const opts = Object.assign({}, options, { depth: options.depth == null ? null : options.depth - 1 });
  return `${self.constructor.name} ${inspect(obj, opts)}`;
}

const domExceptionCodes = [
  ['IndexSizeError', 'INDEX_SIZE_ERR', 1], ['DOMStringSizeError', 'DOMSTRING_SIZE_ERR', 2],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR', 3], ['WrongDocumentError', 'WRONG_DOCUMENT_ERR', 4],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR', 5], ['NoDataAllowedError', 'NO_DATA_ALLOWED_ERR', 6],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR', 7], ['NotFoundError', 'NOT_FOUND_ERR', 8],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR', 9], ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR', 10],
  ['InvalidStateError', 'INVALID_STATE_ERR', 11], ['SyntaxError', 'SYNTAX_ERR', 12],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR', 13], ['NamespaceError', 'NAMESPACE_ERR', 14],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR', 15], ['ValidationError', 'VALIDATION_ERR', 16],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR', 17], ['SecurityError', 'SECURITY_ERR', 18],
  ['NetworkError', 'NETWORK_ERR', 19], ['AbortError', 'ABORT_ERR', 20], ['URLMismatchError', 'URL_MISMATCH_ERR', 21],
  ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR', 22], ['TimeoutError', 'TIMEOUT_ERR', 23],
  ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR', 24], ['DataCloneError', 'DATA_CLONE_ERR', 25],
];

class DOMException extends Error {
  constructor(message = '', options = 'Error') {
    super(message);
    const name = typeof options === 'object' && options !== null ? String(options.name || 'Error') : String(options);
    if (typeof options === 'object' && options !== null && 'cause' in options) this.cause = options.cause;
    Object.defineProperty(this, 'name', { value: name, configurable: true, writable: true, enumerable: false });
    const entry = domExceptionCodes.find((c) => c[0] === name);
    Object.defineProperty(this, 'code', { value: entry ? entry[2] : 0, configurable: true, enumerable: false });
  }
}
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, { value: 'DOMException', configurable: true });
for (const [, constant, code] of domExceptionCodes) {
  Object.defineProperty(DOMException, constant, { value: code, enumerable: true });
  Object.defineProperty(DOMException.prototype, constant, { value: code, enumerable: true });
}

class Event {
  constructor(type, options = {}) {
    if (arguments.length === 0) {
      const e = new TypeError('The "type" argument must be specified');
      e.code = 'ERR_MISSING_ARGS';
      throw e;
    }
    if (options === null) options = {};
    if (options !== undefined && (typeof options !== 'object' || Array.isArray(options))) {
      throw require('internal/errors').invalidArgType('options', 'object', options);
    }
    Object.defineProperty(this, kEvent, {
      value: {
        type: `${type}`, bubbles: !!(options && options.bubbles), cancelable: !!(options && options.cancelable),
        composed: !!(options && options.composed), defaultPrevented: false, timeStamp: performance.now(),
        target: null, currentTarget: null, isTrusted: false, phase: 0,
      },
    });
    Object.defineProperty(this, kStop, { value: false, writable: true });
  }
  get type() { return this[kEvent].type; }
  get bubbles() { return this[kEvent].bubbles; }
  get cancelable() { return this[kEvent].cancelable; }
  get composed() { return this[kEvent].composed; }
  get defaultPrevented() { return this[kEvent].cancelable && this[kEvent].defaultPrevented; }
  get timeStamp() { return this[kEvent].timeStamp; }
  get target() { return this[kEvent].target; }
  get currentTarget() { return this[kEvent].currentTarget; }
  get srcElement() { return this[kEvent].target; }
  get isTrusted() { return this[kEvent].isTrusted; }
  get eventPhase() { return this[kEvent].phase; }
  get returnValue() { return !this.defaultPrevented; }
  get cancelBubble() { return this[kStop]; }
  preventDefault() { this[kEvent].defaultPrevented = true; }
  stopImmediatePropagation() { this[kStop] = true; }
  stopPropagation() {}
  composedPath() { return this[kEvent].phase !== 0 ? [this[kEvent].currentTarget] : []; }
  [customInspect](depth, options, inspect) {
    if (this === null || typeof this !== 'object' || !Object.prototype.hasOwnProperty.call(this, kEvent)) {
      throw require('internal/errors').makeNodeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type Event');
    }
    if (typeof depth === 'number' && depth < 0) return this.constructor.name;
    const st = this[kEvent];
    return inspectAs(this, { type: st.type, defaultPrevented: this.defaultPrevented, cancelable: st.cancelable, timeStamp: st.timeStamp }, depth, options, inspect);
  }
}
Object.defineProperty(Event.prototype, Symbol.toStringTag, { value: 'Event', configurable: true });
for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
  Object.defineProperty(Event, name, { value, enumerable: true });
  Object.defineProperty(Event.prototype, name, { value, enumerable: true });
}

const kDetail = Symbol('kDetail');

// CustomEvent is an Event carrying its creator's detail (null without).
class CustomEvent extends Event {
  constructor(type, options = {}) {
    if (arguments.length === 0) {
      const e = new TypeError('The "type" argument must be specified');
      e.code = 'ERR_MISSING_ARGS';
      throw e;
    }
    super(type, options);
    const detail = options != null ? options.detail : undefined;
    Object.defineProperty(this, kDetail, { value: detail === undefined ? null : detail });
  }
  get detail() {
    if (this === null || typeof this !== 'object' || !Object.prototype.hasOwnProperty.call(this, kDetail)) {
      throw require('internal/errors').makeNodeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type CustomEvent');
    }
    return this[kDetail];
  }
}
Object.defineProperty(CustomEvent.prototype, 'detail', Object.assign(Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail'), { enumerable: true }));
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, { value: 'CustomEvent', configurable: true });

const kMaxListeners = Symbol('kMaxListeners');
const kMaxListenersWarned = Symbol('kMaxListenersWarned');
let defaultMaxListeners = 10;

// warnMaxListeners emits Node's MaxListenersExceededWarning, once per
// target, when a type's listeners pass the target's limit.
function warnMaxListeners(target, type, count) {
  const max = target[kMaxListeners] !== undefined ? target[kMaxListeners] : defaultMaxListeners;
  if (!(max > 0) || count <= max || target[kMaxListenersWarned]) return;
  Object.defineProperty(target, kMaxListenersWarned, { value: true, configurable: true });
  // As util.inspect(target, { depth: -1 }) shows it in Node.
  const name = target.constructor.name;
  const shown = typeof target[customInspect] === 'function' ? `[${name}]` : name;
  const w = new Error(`Possible EventTarget memory leak detected. ${count} ${String(type)} listeners added to ${shown}. ` +
    `MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`);
  w.name = 'MaxListenersExceededWarning';
  w.target = target;
  w.type = type;
  w.count = count;
  process.emitWarning(w);
}

function removeListenerRecord(target, type, listener) {
  const list = target[kListeners] && target[kListeners].get(type);
  if (!list) return;
  const i = list.findIndex((l) => l.listener === listener);
  if (i >= 0) list.splice(i, 1);
}

class EventTarget {
  constructor() { Object.defineProperty(this, kListeners, { value: new Map(), writable: true }); }
  addEventListener(type, listener, options) {
    if (listener == null) return;
    if (!this[kListeners]) Object.defineProperty(this, kListeners, { value: new Map(), writable: true });
    const once = typeof options === 'object' && options !== null && !!options.once;
    const signal = typeof options === 'object' && options !== null ? options.signal : undefined;
    let list = this[kListeners].get(type);
    if (!list) this[kListeners].set(type, (list = []));
    if (list.some((l) => l.listener === listener)) return;
    const rec = { listener, once };
    list.push(rec);
    if (list.length > 1) warnMaxListeners(this, type, list.length);
    if (signal) {
      if (signal.aborted) {
        list.splice(list.indexOf(rec), 1);
        return;
      }
      signal.addEventListener('abort', () => this.removeEventListener(type, listener), { once: true });
    }
  }
  removeEventListener(type, listener) {
    removeListenerRecord(this, type, listener);
  }
  dispatchEvent(event) {
    if (!(event instanceof Event)) {
      throw require('internal/errors').invalidArgType('event', 'Event', event);
    }
    const st = event[kEvent];
    st.target = this;
    st.currentTarget = this;
    st.phase = 2;
    const list = this[kListeners] && this[kListeners].get(event.type);
    if (list) {
      for (const rec of list.slice()) {
        // A once listener goes before it runs, without a call of the
        // (replaceable) public removeEventListener.
        if (rec.once) removeListenerRecord(this, event.type, rec.listener);
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
    st.currentTarget = null;
    st.phase = 0;
    return !event.defaultPrevented;
  }
}

const kReason = Symbol('kReason');
const kAborted = Symbol('kAborted');
const kOnAbort = Symbol('kOnAbort');
const kSignal = Symbol('kSignal');

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
    Object.defineProperty(this, kAborted, { value: false, writable: true });
    Object.defineProperty(this, kReason, { value: undefined, writable: true });
    Object.defineProperty(this, kOnAbort, { value: null, writable: true });
  }
  get onabort() { return this[kOnAbort]; }
  set onabort(fn) { this[kOnAbort] = typeof fn === 'function' ? fn : null; }
  [customInspect](depth, options, inspect) {
    return inspectAs(this, { aborted: this.aborted }, depth, options, inspect);
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
  ev[kEvent].isTrusted = true;
  signal.dispatchEvent(ev);
}

class AbortController {
  constructor() { Object.defineProperty(this, kSignal, { value: new AbortSignal(kReason) }); }
  get signal() { return this[kSignal]; }
  abort(reason) { signalAbort(this[kSignal], abortReason(reason)); }
  [customInspect](depth, options, inspect) {
    return inspectAs(this, { signal: this.signal }, depth, options, inspect);
  }
  get [Symbol.toStringTag]() { return 'AbortController'; }
}

// brands test, for the objects structured cloning refuses, whether v
// really is one (a method that checks its receiver accepts it), not only
// something that inherits from one.
const brands = {
  WeakMap: (v) => WeakMap.prototype.has.call(v, v),
  WeakSet: (v) => WeakSet.prototype.has.call(v, v),
  WeakRef: (v) => WeakRef.prototype.deref.call(v),
  FinalizationRegistry: (v) => FinalizationRegistry.prototype.unregister.call(v, {}),
  Promise: (v) => { if (!require('util').types.isPromise(v)) throw new TypeError(); },
};

function uncloneable(v, tag) {
  const brand = typeof tag === 'string' && Object.prototype.hasOwnProperty.call(brands, tag) ? brands[tag] : undefined;
  if (brand === undefined) return false;
  try {
    brand(v);
    return true;
  } catch {
    return false;
  }
}

let atomics;
function atomicsModule() {
  if (atomics === undefined) {
    try {
      atomics = require('internal/atomics');
    } catch {
      atomics = null; // a runtime without SharedArrayBuffer
    }
  }
  return atomics;
}

// transferClone returns a clone that moves what its transfer list names
// (ArrayBuffers are detached, ports move), as node's structuredClone
// does: a message through a channel of its own, with worker_threads'
// serializer and its errors. It is null in a runtime without
// worker_threads, whose structuredClone then copies what it is given.
let channel;
function transferClone() {
  if (channel === undefined) {
    channel = null;
    try {
      const { MessageChannel, receiveMessageOnPort } = require('worker_threads');
      const { port1, port2 } = new MessageChannel();
      port1.unref();
      port2.unref();
      channel = { port1, port2, receiveMessageOnPort };
    } catch {
      // no worker_threads in this runtime
    }
  }
  if (channel === null) return null;
  return (value, transfer) => {
    channel.port1.postMessage(value, transfer);
    return channel.receiveMessageOnPort(channel.port2).message;
  };
}

function structuredClone(value, options) {
  if (arguments.length === 0) {
    const e = new TypeError('The value argument must be specified');
    e.code = 'ERR_MISSING_ARGS';
    throw e;
  }
  if (options !== undefined && options !== null && typeof options !== 'object' && typeof options !== 'function') {
    throw require('internal/errors').makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
      'The options argument must be either an object or undefined');
  }
  const transfer = options == null ? undefined : options.transfer;
  if (transfer !== undefined && transfer !== null) {
    const clone = transferClone();
    if (clone !== null) return clone(value, transfer);
  }
  const seen = new Map();
  // A SharedArrayBuffer's clone shares its memory.
  const cloneShared = (b) => {
    if (seen.has(b)) return seen.get(b);
    const mod = atomicsModule();
    if (mod === null || !mod.isSharedArrayBuffer(b)) return undefined;
    const out = mod.share(b);
    seen.set(b, out);
    return out;
  };
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
      const shared = cloneShared(v.buffer);
      if (shared !== undefined) return new C(shared, v.byteOffset, C === DataView ? v.byteLength : v.length);
      return new C(v.buffer.slice(v.byteOffset, v.byteOffset + v.byteLength));
    }
    const shared = cloneShared(v);
    if (shared !== undefined) return shared;
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
    const tag = v[Symbol.toStringTag];
    if (uncloneable(v, tag)) {
      const ctor = Object.getPrototypeOf(v).constructor;
      throw new DOMException(`#<${(ctor && ctor.name) || tag}> could not be cloned.`, 'DataCloneError');
    }
    if ((tag === 'Blob' || tag === 'File') && require('internal/blob').isBlob(v)) return require('internal/blob').cloneBlob(v);
    if ((tag === 'ReadableStream' || tag === 'WritableStream' || tag === 'TransformStream') && v instanceof require('stream/web')[tag]) {
      throw require('internal/errors').makeNodeError(TypeError, 'ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST',
        'Object that needs transfer was found in message but not listed in transferList');
    }
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
  const bytes = new Uint8Array(input.length);
  for (let i = 0; i < input.length; i++) bytes[i] = input.charCodeAt(i);
  return Buffer.from(bytes.buffer).toString('base64');
}
function atob(input) {
  if (arguments.length === 0) {
    const e = new TypeError('The "input" argument must be specified');
    e.code = 'ERR_MISSING_ARGS';
    throw e;
  }
  input = String(input).replace(/[\t\n\f\r ]/g, '');
  if (input.length % 4 === 0) input = input.replace(/==?$/, '');
  if (/[^A-Za-z0-9+/]/.test(input)) throw new DOMException('Invalid character', 'InvalidCharacterError');
  if (input.length % 4 === 1) throw new DOMException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  const bytes = Buffer.from(input, 'base64');
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
  return out;
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

module.exports = { DOMException, Event, CustomEvent, EventTarget, AbortController, AbortSignal, structuredClone, atob, btoa, performance };
// For events.getEventListeners(eventTarget, type).
Object.defineProperty(module.exports, 'kListeners', { value: kListeners });
// For events.setMaxListeners: a target's limit, and the default.
Object.defineProperty(module.exports, 'setMaxListeners', {
  value(target, n) { Object.defineProperty(target, kMaxListeners, { value: n, writable: true, configurable: true }); },
});
Object.defineProperty(module.exports, 'setDefaultMaxListeners', { value(n) { defaultMaxListeners = n; } });
