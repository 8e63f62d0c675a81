'use strict';
// util: inspect and format are Node's own (node-inspect-extracted); the
// rest follows Node 20's documented behaviour.
const errors = require('internal/errors');
const native = internalBinding('util');

// Node's inspect and the type checks load on first use: most scripts
// require util for promisify and never pay for them.
let insModule;
let typesModule;
const lazyIns = () => insModule || (insModule = require('internal/inspect'));
const lazyTypes = () => typesModule || (typesModule = require('internal/util/types'));
const ins = {
  get inspect() { return lazyIns().inspect; },
  format: (...args) => lazyIns().format(...args),
  formatWithOptions: (...args) => lazyIns().formatWithOptions(...args),
  stripVTControlCharacters: (str) => lazyIns().stripVTControlCharacters(str),
};

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

function promisify(original) {
  errors.validateFunction(original, 'original');
  if (original[kCustomPromisify]) {
    const fn = original[kCustomPromisify];
    errors.validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
  }
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        resolve(values[0]);
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisify, { value: fn, enumerable: false, writable: false, configurable: true });
  const descriptors = Object.getOwnPropertyDescriptors(original);
  for (const d of Object.values(descriptors)) Object.setPrototypeOf(d, null);
  return Object.defineProperties(fn, descriptors);
}
promisify.custom = kCustomPromisify;

// Node's timers carry their promise forms; give jsproc's the same.
function promisifiedTimer(schedule, withDelay) {
  return function (...args) {
    const delay = withDelay ? args.shift() : undefined;
    const [value, options = {}] = args;
    errors.validateObject(options, 'options');
    const signal = options.signal;
    errors.validateAbortSignal(signal, 'options.signal');
    if (signal && signal.aborted) return Promise.reject(errors.abortError(signal.reason));
    return new Promise((resolve, reject) => {
      let onAbort;
      const done = () => {
        if (signal) signal.removeEventListener('abort', onAbort);
        resolve(value);
      };
      const handle = withDelay ? schedule(done, delay) : schedule(done);
      if (options.ref === false && handle && typeof handle.unref === 'function') handle.unref();
      if (signal) {
        onAbort = () => {
          (withDelay ? clearTimeout : clearImmediate)(handle);
          reject(errors.abortError(signal.reason));
        };
        signal.addEventListener('abort', onAbort, { once: true });
      }
    });
  };
}
for (const [fn, withDelay] of [[setTimeout, true], [setImmediate, false]]) {
  if (typeof fn === 'function' && !Object.prototype.hasOwnProperty.call(fn, kCustomPromisify)) {
    Object.defineProperty(fn, kCustomPromisify, { value: promisifiedTimer(fn, withDelay), configurable: true, writable: true });
  }
}

function callbackify(original) {
  errors.validateFunction(original, 'original');
  function callbackified(...args) {
    const maybeCb = args.pop();
    errors.validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => process.nextTick(cb, null, ret),
      (rej) => {
        if (!rej) {
          const e = errors.makeNodeError(Error, 'ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value');
          e.reason = rej;
          rej = e;
        }
        process.nextTick(cb, rej);
      });
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (descriptors.length && typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (descriptors.name && typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw errors.invalidArgType('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) throw errors.invalidArgType('superCtor', 'Function', superCtor);
  if (superCtor.prototype === undefined) throw errors.invalidArgType('superCtor.prototype', 'object', superCtor.prototype);
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

const codesWarned = new Set();
function deprecate(fn, msg, code) {
  if (process.noDeprecation === true) return fn;
  if (code !== undefined) errors.validateString(code, 'code');
  let warned = false;
  function deprecated(...args) {
    if (!warned) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          process.emitWarning(msg, 'DeprecationWarning', code);
          codesWarned.add(code);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning');
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// ---- debuglog ---------------------------------------------------------------
let debugPattern;
function debugEnabled(set) {
  if (debugPattern === undefined) {
    const env = process.env.NODE_DEBUG;
    if (env) {
      const src = env.replace(/[|\\{}()[\]^$+?.]/g, '\\$&').replace(/\*/g, '.*').replace(/,/g, '$|^');
      debugPattern = new RegExp(`^${src}$`, 'i');
    } else {
      debugPattern = null;
    }
  }
  return debugPattern !== null && debugPattern.test(set);
}

function debuglog(set, cb) {
  set = String(set).toUpperCase();
  let enabled;
  let logger = (...args) => {
    enabled = debugEnabled(set);
    logger = enabled ? (...a) => {
      process.stderr.write(`${set} ${process.pid}: ${ins.formatWithOptions({ colors: false }, ...a)}\n`);
    } : () => {};
    if (typeof cb === 'function') cb(logger);
    logger(...args);
  };
  const debug = (...args) => logger(...args);
  Object.defineProperty(debug, 'enabled', {
    get() {
      if (enabled === undefined) enabled = debugEnabled(set);
      return enabled;
    },
    configurable: true,
    enumerable: true,
  });
  return debug;
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n) => String(n).padStart(2, '0');
function log(...args) {
  const d = new Date();
  const time = [pad2(d.getHours()), pad2(d.getMinutes()), pad2(d.getSeconds())].join(':');
  console.log('%s - %s', `${d.getDate()} ${months[d.getMonth()]} ${time}`, ins.format(...args));
}

// ---- system errors ----------------------------------------------------------
let errorMap;
function getSystemErrorMap() {
  if (errorMap === undefined) {
    errorMap = new Map();
    for (const [code, name, msg] of native.systemErrors()) errorMap.set(code, [name, msg]);
  }
  return errorMap;
}

function getSystemErrorName(err) {
  errors.validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) throw errors.outOfRange('err', 'a negative integer', err);
  const e = getSystemErrorMap().get(err);
  return e === undefined ? `Unknown system error ${err}` : e[0];
}

// ---- styleText -----------------------------------------------------------------
function shouldColorize(stream) {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return force === '' || force === '1' || force === '2' || force === '3' || force === 'true';
  if (process.env.NO_COLOR !== undefined || process.env.NODE_DISABLE_COLORS !== undefined || process.env.TERM === 'dumb') return false;
  return !!(stream && stream.isTTY && (typeof stream.getColorDepth !== 'function' || stream.getColorDepth() > 2));
}

function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  errors.validateString(text, 'text');
  errors.validateBoolean(validateStream, 'options.validateStream');
  const colors = ins.inspect.colors;
  const check = (f) => {
    if (colors[f] === undefined) throw errors.invalidArgValue('format', f, `must be one of: ${Object.keys(colors).map((k) => `'${k}'`).join(', ')}`);
  };
  if (Array.isArray(format)) {
    let left = '';
    let right = '';
    for (const f of format) {
      check(f);
      const [on, off] = colors[f];
      left += `\u001b[${on}m`;
      right = `\u001b[${off}m${right}`;
    }
    return `${left}${text}${right}`;
  }
  check(format);
  if (validateStream) {
    if (stream === null || typeof stream !== 'object' || typeof stream.write !== 'function') {
      throw errors.invalidArgType('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    if (!shouldColorize(stream)) return text;
  }
  const [on, off] = colors[format];
  return `\u001b[${on}m${text}\u001b[${off}m`;
}

function toUSVString(input) {
  return require('internal/encoding').toUSVString(`${input}`);
}

function aborted(signal, resource) {
  if (signal === undefined) throw errors.invalidArgType('signal', 'AbortSignal', signal);
  errors.validateAbortSignal(signal, 'signal');
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
    throw errors.invalidArgType('resource', 'object', resource);
  }
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}

function isDeepStrictEqual(a, b) {
  return require('internal/util/comparisons').isDeepStrictEqual(a, b);
}

function extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

function errnoException(err, syscall, original) {
  const name = getSystemErrorName(err);
  const message = original ? `${syscall} ${name} ${original}` : `${syscall} ${name}`;
  const e = new Error(message);
  e.errno = err;
  e.code = name;
  e.syscall = syscall;
  return e;
}

function exceptionWithHostPort(err, syscall, address, port, additional) {
  const code = getSystemErrorName(err);
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  if (additional) details += ` - Local (${additional})`;
  const e = new Error(`${syscall} ${code}${details}`);
  e.errno = err;
  e.code = code;
  e.syscall = syscall;
  e.address = address;
  if (port) e.port = port;
  return e;
}

function parseEnv(content) {
  errors.validateString(content, 'content');
  return native.parseEnv(content);
}


module.exports = {
  _errnoException: errnoException,
  _exceptionWithHostPort: exceptionWithHostPort,
  _extend: extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format: ins.format,
  styleText,
  formatWithOptions: ins.formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect: undefined, // lazy, below
  isArray: Array.isArray,
  isBoolean: (v) => typeof v === 'boolean',
  isBuffer: (v) => typeof Buffer === 'function' && Buffer.isBuffer(v),
  isDeepStrictEqual,
  isNull: (v) => v === null,
  isNullOrUndefined: (v) => v === undefined || v === null,
  isNumber: (v) => typeof v === 'number',
  isString: (v) => typeof v === 'string',
  isSymbol: (v) => typeof v === 'symbol',
  isUndefined: (v) => v === undefined,
  isRegExp: (v) => lazyTypes().isRegExp(v),
  isObject: (v) => v !== null && typeof v === 'object',
  isDate: (v) => lazyTypes().isDate(v),
  isError: (v) => lazyTypes().isNativeError(v) || v instanceof Error,
  isFunction: (v) => typeof v === 'function',
  isPrimitive: (v) => v === null || (typeof v !== 'object' && typeof v !== 'function'),
  log,
  MIMEParams: undefined, // lazy, below
  MIMEType: undefined, // lazy, below
  parseArgs: (...a) => require('internal/util/parse_args').parseArgs(...a),
  parseEnv,
  promisify,
  stripVTControlCharacters: ins.stripVTControlCharacters,
  toUSVString,
  transferableAbortSignal: (s) => s,
  transferableAbortController: () => new AbortController(),
  aborted,
  types: undefined, // lazy, below
  TextDecoder: undefined, // lazy, below
  TextEncoder: undefined, // lazy, below
};

// lazyExport makes module.exports[key] load on first use, keeping its place
// among the keys; the first read (or a write) turns it into plain data.
function lazyExport(key, get) {
  const obj = module.exports;
  const settle = (v) => Object.defineProperty(obj, key, { value: v, writable: true, configurable: true, enumerable: true });
  Object.defineProperty(obj, key, {
    configurable: true,
    enumerable: true,
    get() {
      const v = get();
      settle(v);
      return v;
    },
    set: settle,
  });
}
lazyExport('inspect', () => lazyIns().inspect);
lazyExport('types', lazyTypes);
lazyExport('TextDecoder', () => require('internal/encoding').TextDecoder);
lazyExport('TextEncoder', () => require('internal/encoding').TextEncoder);
lazyExport('MIMEParams', () => require('internal/mime').MIMEParams);
lazyExport('MIMEType', () => require('internal/mime').MIMEType);
Object.defineProperty(module.exports.parseArgs, 'name', { value: 'parseArgs' });
