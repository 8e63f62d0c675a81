'use strict';
// Node's internal error shapes, shared by every module so that all of them
// word their errors the same way: a code property, "Name [CODE]: message"
// from toString and in the stack, and Node's " Received ..." suffixes.

function nodeToString() {
  return this.name + ' [' + this.code + ']: ' + this.message;
}

function makeNodeError(Base, code, message) {
  const e = new Base(message);
  Object.defineProperty(e, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  Object.defineProperty(e, 'toString', { value: nodeToString, enumerable: false, writable: true, configurable: true });
  if (typeof e.stack === 'string') {
    const nl = e.stack.indexOf('\n');
    const rest = nl < 0 ? '' : e.stack.slice(nl);
    Object.defineProperty(e, 'stack', { value: e.name + ' [' + code + ']: ' + message + rest, enumerable: false, writable: true, configurable: true });
  }
  return e;
}

function quoteShort(s) {
  if (s.length > 28) s = s.slice(0, 25) + '...';
  return "'" + s.replace(/'/g, "\\'") + "'";
}

// describeReceived returns Node's " Received ..." suffix for a value.
function describeReceived(v) {
  if (v == null) return ' Received ' + v;
  if (typeof v === 'function') return ' Received function ' + (v.name || '<anonymous>');
  if (typeof v === 'object') {
    if (v.constructor && v.constructor.name) return ' Received an instance of ' + v.constructor.name;
    let shown;
    try {
      shown = require('internal/inspect').inspect(v, { depth: -1 });
    } catch (e) {
      shown = '[object]';
    }
    return ' Received ' + shown;
  }
  let shown;
  if (typeof v === 'string') shown = quoteShort(v);
  else if (typeof v === 'bigint') shown = String(v) + 'n';
  else if (typeof v === 'symbol') shown = String(v);
  else if (Object.is(v, -0)) shown = '-0';
  else shown = String(v);
  return ' Received type ' + typeof v + ' (' + shown + ')';
}

// kTypes are the names Node words as "of type x" (Function and Object too).
const kTypes = new Set(['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol']);
const classes = new Set(['Object', 'Function', 'Array', 'Buffer', 'TypedArray', 'DataView', 'URL', 'AbortSignal', 'Uint8Array', 'ArrayBuffer', 'Error', 'RegExp', 'Date', 'Map', 'Set', 'Promise', 'EventEmitter', 'Stream', 'Readable', 'Writable']);

function listJoin(items, word) {
  if (items.length === 1) return items[0];
  if (items.length === 2) return items[0] + ' ' + word + ' ' + items[1];
  return items.slice(0, -1).join(', ') + ', ' + word + ' ' + items[items.length - 1];
}

// invalidArgType: ERR_INVALID_ARG_TYPE. expected is a type name or a list
// of them ('string', 'Buffer', 'object', ...), worded as Node words it.
function invalidArgType(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  let msg = 'The ';
  if (name.endsWith(' argument')) msg += name + ' ';
  else msg += '"' + name + '" ' + (name.includes('.') ? 'property' : 'argument') + ' ';
  msg += 'must be ';
  const types = [];
  const instances = [];
  const other = [];
  for (const e of expected) {
    if (kTypes.has(e)) types.push(e.toLowerCase());
    else if (classes.has(e) || /^[A-Z][a-zA-Z0-9]*$/.test(e)) instances.push(e);
    else other.push(e);
  }
  if (instances.length > 0) {
    const i = types.indexOf('object');
    if (i !== -1) {
      types.splice(i, 1);
      instances.push('Object');
    }
  }
  if (types.length > 0) {
    msg += (types.length > 1 ? 'one of type ' : 'of type ') + listJoin(types, 'or');
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    msg += 'an instance of ' + listJoin(instances, 'or');
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 1) msg += 'one of ' + listJoin(other, 'or');
    else msg += (other[0].toLowerCase() !== other[0] ? 'an ' : '') + other[0];
  }
  return makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', msg + '.' + describeReceived(actual));
}

// invalidArgValue: ERR_INVALID_ARG_VALUE.
function invalidArgValue(name, value, reason = 'is invalid') {
  let shown;
  try {
    shown = require('internal/inspect').inspect(value);
  } catch (e) {
    shown = String(value);
  }
  if (shown.length > 128) shown = shown.slice(0, 128) + '...';
  const kind = name.includes('.') ? 'property' : 'argument';
  return makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE', "The " + kind + " '" + name + "' " + reason + '. Received ' + shown);
}

function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = '_' + val.slice(i - 3, i) + res;
  return val.slice(0, i) + res;
}

// outOfRange: ERR_OUT_OF_RANGE.
function outOfRange(name, range, input) {
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) received = addNumericalSeparator(String(input));
  else if (typeof input === 'bigint') received = addNumericalSeparator(String(input)) + 'n';
  else {
    try {
      received = require('internal/inspect').inspect(input);
    } catch (e) {
      received = String(input);
    }
  }
  return makeNodeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "' + name + '" is out of range. It must be ' + range + '. Received ' + received);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw invalidArgType(name, 'string', value);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw invalidArgType(name, 'Function', value);
}

function validateObject(value, name, allowArray) {
  if (value === null || typeof value !== 'object' || (!allowArray && Array.isArray(value))) {
    throw invalidArgType(name, 'Object', value);
  }
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw invalidArgType(name, 'boolean', value);
}

function validateNumber(value, name, min, max) {
  if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
  if ((min != null && value < min) || (max != null && value > max) || ((min != null || max != null) && Number.isNaN(value))) {
    throw outOfRange(name, (min != null ? '>= ' + min : '') + (min != null && max != null ? ' && ' : '') + (max != null ? '<= ' + max : ''), value);
  }
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw invalidArgType(name, 'number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw outOfRange(name, '>= ' + min + ' && <= ' + max, value);
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw invalidArgType(name, 'AbortSignal', signal);
  }
}

function abortError(cause) {
  const e = new Error('The operation was aborted');
  e.name = 'AbortError';
  e.code = 'ABORT_ERR';
  if (cause !== undefined) e.cause = cause;
  if (typeof e.stack === 'string') e.stack = 'AbortError: The operation was aborted' + e.stack.slice(e.stack.indexOf('\n') < 0 ? e.stack.length : e.stack.indexOf('\n'));
  return e;
}

// kArrow holds the first lines of Node's report of an error thrown by
// Node's own code (its throw site in node:events or the module loader,
// the source line and a caret): the host prints them in place of a
// script location when the error goes uncaught.
const kArrow = Symbol('kArrow');
// kEnhanceStack holds a function returning the error's stack followed by
// where an unhandled 'error' event was emitted, which the report shows.
const kEnhanceStack = Symbol('kEnhanceStack');

// isErrorLike is node's test of whether a rejection's reason is an error:
// an object with an own "stack", whatever its prototype.
const isErrorLike = (() => {
  const hasOwn = Function.prototype.call.bind(Object.prototype.hasOwnProperty);
  return (v) => typeof v === 'object' && v !== null && hasOwn(v, 'stack');
})();

// noSideEffectsToString is V8's string of a value that runs none of the
// value's code (no getter, toString method or proxy trap), which node puts
// in its messages about values it must not touch, such as the reason of an
// unhandled rejection: an error as "name: message", a plain object as
// "#<Constructor>", anything else as "[object Tag]". A proxy is read
// through to its target, without its traps.
const noSideEffects = (() => {
  const { getOwnPropertyDescriptor, getPrototypeOf } = Reflect;
  const uncurry = (f) => Function.prototype.call.bind(f);
  const functionToString = uncurry(Function.prototype.toString);
  const symbolToString = uncurry(Symbol.prototype.toString);
  const typedArrayTag = uncurry(getOwnPropertyDescriptor(getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get);
  const objectToString = Object.prototype.toString;
  const errorToString = Error.prototype.toString;
  let binding;
  const inspect = () => binding || (binding = internalBinding('inspect'));
  // unwrap is the object a proxy stands for (null once revoked), or o.
  function unwrap(o) {
    for (let t = inspect().proxyDetails(o, false); t !== undefined; t = inspect().proxyDetails(o, false)) o = t;
    return o;
  }
  // dataProperty is the value of key found on obj or its prototypes when
  // it is a data property; undefined for an accessor.
  function dataProperty(obj, key) {
    for (let o = unwrap(obj); o !== null; o = unwrap(getPrototypeOf(o))) {
      const d = getOwnPropertyDescriptor(o, key);
      if (d !== undefined) return 'value' in d ? d.value : undefined;
    }
    return undefined;
  }
  function errorString(obj) {
    let name = dataProperty(obj, 'name');
    let message = dataProperty(obj, 'message');
    name = typeof name === 'string' ? name : '';
    message = typeof message === 'string' ? message : '';
    if (name === '') return message;
    if (message === '') return name;
    return `${name}: ${message}`;
  }
  function functionName(f) {
    f = typeof f === 'function' ? unwrap(f) : null;
    if (typeof f !== 'function') return '';
    const d = getOwnPropertyDescriptor(f, 'name');
    return d !== undefined && typeof d.value === 'string' ? d.value : '';
  }
  return function noSideEffectsToString(v) {
    switch (typeof v) {
      case 'string': return v;
      case 'symbol': return symbolToString(v);
      case 'number': case 'bigint': case 'boolean': case 'undefined': return String(v);
      default:
    }
    if (v === null) return 'null';
    const target = unwrap(v);
    if (target === null) return '[object Object]';
    if (typeof v === 'function' && target === v) {
      const src = functionToString(v);
      return src.length > 128 ? `${src.slice(0, 111)}...<omitted>...${src.slice(-2)}` : src;
    }
    const toString = dataProperty(target, 'toString');
    if (inspect().className(target) === 'Error' || toString === errorToString) return errorString(target);
    if (toString === objectToString) {
      const name = functionName(dataProperty(target, 'constructor'));
      if (name !== '') return `#<${name}>`;
    }
    const tag = dataProperty(target, Symbol.toStringTag);
    if (typeof tag === 'string') return `[object ${tag}]`;
    return `[object ${typedArrayTag(target) || inspect().className(target) || 'Object'}]`;
  };
})();

function setHidden(obj, key, value) {
  try {
    Object.defineProperty(obj, key, { value, writable: true, configurable: true, enumerable: false });
  } catch (e) {
    // A frozen error is reported without the extra lines.
  }
}

module.exports = {
  kArrow, kEnhanceStack, setHidden, isErrorLike, noSideEffectsToString: noSideEffects,
  makeNodeError, describeReceived, invalidArgType, invalidArgValue, outOfRange,
  validateString, validateFunction, validateObject, validateBoolean, validateNumber,
  validateInteger, validateAbortSignal, abortError,
};
