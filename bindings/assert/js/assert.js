'use strict';
// assert: Node 20's assertion API and messages.
const { AssertionError } = require('internal/assert/assertion_error');
const { inspect } = require('internal/inspect');
const errors = require('internal/errors');
const { isDeepEqual, isDeepStrictEqual } = require('internal/util/comparisons');
const types = require('internal/util/types');
const native = internalBinding('assert');

const NO_EXCEPTION = {};

function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw new AssertionError(obj);
}

function missingArgs(...names) {
  const quoted = names.map((n) => `"${n}"`);
  let list;
  if (quoted.length === 1) list = quoted[0];
  else if (quoted.length === 2) list = `${quoted[0]} and ${quoted[1]}`;
  else list = `${quoted.slice(0, -1).join(', ')}, and ${quoted[quoted.length - 1]}`;
  return errors.makeNodeError(TypeError, 'ERR_MISSING_ARGS', `The ${list} arguments must be specified`);
}

// ---- assert.ok: quote the failing expression from the source -----------------
const sourceCache = new Map();

function callSite(fn) {
  const holder = {};
  if (typeof Error.captureStackTrace === 'function') Error.captureStackTrace(holder, fn);
  else holder.stack = new Error().stack;
  const lines = String(holder.stack || '').split('\n');
  for (const l of lines.slice(1)) {
    if (/node:|\(native\)/.test(l)) continue;
    const m = /\(?((?:\/|[A-Za-z]:\\)[^():]*(?:\([^)]*\)[^():]*)*):(\d+):(\d+)(?:\(\d+\))?\)?$/.exec(l.trim());
    if (m) return { file: m[1], line: Number(m[2]), column: Number(m[3]) };
    return undefined;
  }
  return undefined;
}

// expressionAt extracts the call expression that starts on `line` at or
// before `column`: the callee path and its balanced argument list.
function expressionAt(src, line, column) {
  const lines = src.split('\n');
  if (line < 1 || line > lines.length) return undefined;
  const text = lines[line - 1];
  let start = Math.min(column - 1, text.length);
  // Walk back over the callee path (assert.ok, assert, a.b['c']).
  while (start > 0 && /[\w$.\]\[]/.test(text[start - 1])) start--;
  while (start < text.length && /[.\]]/.test(text[start])) start++;
  const rest = lines.slice(line - 1).join('\n').slice(start);
  const open = rest.indexOf('(');
  if (open < 0 || !/^[\w$.\[\]'"\s]*$/.test(rest.slice(0, open))) return undefined;
  let depth = 0;
  let quote = '';
  for (let i = open; i < rest.length; i++) {
    const c = rest[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return rest.slice(0, i + 1);
  }
  return undefined;
}

function okMessage(fn) {
  const site = callSite(fn);
  if (site === undefined) return undefined;
  let src = sourceCache.get(site.file);
  if (src === undefined) {
    src = native.readSource(site.file);
    if (src === undefined) return undefined;
    sourceCache.set(site.file, src);
  }
  const expr = expressionAt(src, site.line, site.column);
  if (expr === undefined) return undefined;
  const exprLines = expr.split('\n');
  let indent = Infinity;
  for (const l of exprLines.slice(1)) {
    const m = /^\s*/.exec(l)[0].length;
    if (l.trim() !== '') indent = Math.min(indent, m);
  }
  const body = exprLines.map((l, i) => (i === 0 || indent === Infinity ? l : l.slice(indent))).join('\n  ');
  return `The expression evaluated to a falsy value:\n\n  ${body}\n`;
}

function innerOk(fn, argLen, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argLen === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    message = okMessage(fn) || 'The expression evaluated to a falsy value:\n\n  assert.ok(' + inspect(value) + ')\n';
  } else if (message instanceof Error) {
    throw message;
  }
  const err = new AssertionError({ actual: value, expected: true, message, operator: '==', stackStartFn: fn });
  err.generatedMessage = generatedMessage;
  throw err;
}

function ok(...args) {
  innerOk(ok, args.length, ...args);
}
const assert = ok;
assert.ok = ok;
assert.AssertionError = AssertionError;

assert.fail = function fail(actual, expected, message, operator, stackStartFn) {
  const argsLen = arguments.length;
  let internalMessage = false;
  if (actual == null && argsLen <= 1) {
    internalMessage = true;
    message = 'Failed';
  } else if (argsLen === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (argsLen === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const errArgs = { actual, expected, operator: operator === undefined ? 'fail' : operator, stackStartFn: stackStartFn || fail, message };
  const err = new AssertionError(errArgs);
  if (internalMessage) err.generatedMessage = true;
  throw err;
};

// failWith reports a failed comparison. A custom message replaces the
// generated one, except for the strict equality diffs, where Node 20 shows
// the message above the diff.
function failWith(actual, expected, message, operator, fn, diffHeader) {
  if (message instanceof Error) throw message;
  if (message != null && diffHeader) {
    const err = new AssertionError({ actual, expected, operator, stackStartFn: fn, diffHeader: String(message) });
    err.generatedMessage = false;
    throw err;
  }
  innerFail({ actual, expected, message, operator, stackStartFn: fn });
}

assert.equal = function equal(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs('actual', 'expected');
  // eslint-disable-next-line eqeqeq
  if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected))) {
    failWith(actual, expected, message, '==', equal);
  }
};

assert.notEqual = function notEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs('actual', 'expected');
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
    failWith(actual, expected, message, '!=', notEqual);
  }
};

assert.deepEqual = function deepEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs('actual', 'expected');
  if (!isDeepEqual(actual, expected)) failWith(actual, expected, message, 'deepEqual', deepEqual);
};

assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs('actual', 'expected');
  if (isDeepEqual(actual, expected)) failWith(actual, expected, message, 'notDeepEqual', notDeepEqual);
};

assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs('actual', 'expected');
  if (!isDeepStrictEqual(actual, expected)) failWith(actual, expected, message, 'deepStrictEqual', deepStrictEqual, true);
};

assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs('actual', 'expected');
  if (isDeepStrictEqual(actual, expected)) failWith(actual, expected, message, 'notDeepStrictEqual', notDeepStrictEqual);
};

assert.strictEqual = function strictEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs('actual', 'expected');
  if (!Object.is(actual, expected)) failWith(actual, expected, message, 'strictEqual', strictEqual, true);
};

assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  if (arguments.length < 2) throw missingArgs('actual', 'expected');
  if (Object.is(actual, expected)) failWith(actual, expected, message, 'notStrictEqual', notStrictEqual);
};

// ---- throws / rejects ---------------------------------------------------------
class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (key in obj) {
        if (actual !== undefined && typeof actual[key] === 'string' && types.isRegExp(obj[key]) && obj[key].exec(actual[key]) !== null) {
          this[key] = actual[key];
        } else {
          this[key] = obj[key];
        }
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (!(key in actual) || !isDeepStrictEqual(actual[key], expected[key])) {
    if (!message) {
      const a = new Comparison(actual, keys);
      const b = new Comparison(expected, keys, actual);
      const err = new AssertionError({ actual: a, expected: b, operator: 'deepStrictEqual', stackStartFn: fn });
      err.actual = actual;
      err.expected = expected;
      err.operator = fn.name;
      throw err;
    }
    innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
  }
}

function expectedException(actual, expected, message, fn) {
  let generatedMessage = false;
  let throwError = false;
  if (typeof expected !== 'function') {
    if (types.isRegExp(expected)) {
      const str = String(actual);
      if (expected.exec(str) !== null) return;
      if (!message) {
        generatedMessage = true;
        message = `The input did not match the regular expression ${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
      }
      throwError = true;
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn });
      err.operator = fn.name;
      throw err;
    } else {
      const keys = Object.keys(expected);
      if (expected instanceof Error) keys.push('name', 'message');
      else if (keys.length === 0) throw errors.invalidArgValue('error', expected, 'may not be an empty object');
      for (const key of keys) {
        if (typeof actual[key] === 'string' && types.isRegExp(expected[key]) && expected[key].exec(actual[key]) !== null) continue;
        compareExceptionKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Error.isPrototypeOf(expected) || expected === Error) {
    if (!message) {
      generatedMessage = true;
      message = `The error is expected to be an instance of "${expected.name}". Received `;
      if (types.isNativeError(actual) || actual instanceof Error) {
        const name = (actual.constructor && actual.constructor.name) || actual.name;
        if (expected.name === name) {
          message += 'an error with identical name but a different prototype.';
        } else {
          message += `"${name}"`;
        }
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
    throwError = true;
  } else {
    const res = Reflect.apply(expected, {}, [actual]);
    if (res !== true) {
      if (!message) {
        generatedMessage = true;
        const name = expected.name ? `"${expected.name}" ` : '';
        message = `The ${name}validation function is expected to return "true". Received ${inspect(res)}`;
        if (types.isNativeError(actual) || actual instanceof Error) message += `\n\nCaught error:\n\n${actual}`;
      }
      throwError = true;
    }
  }
  if (throwError) {
    const err = new AssertionError({ actual, expected, message, operator: fn.name, stackStartFn: fn });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

function getActual(fn) {
  errors.validateFunction(fn, 'fn');
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function checkIsPromise(obj) {
  return types.isPromise(obj) || (obj !== null && typeof obj === 'object' && typeof obj.then === 'function' && typeof obj.catch === 'function');
}

async function waitForActual(promiseFn) {
  let resultPromise;
  if (typeof promiseFn === 'function') {
    resultPromise = promiseFn();
    if (!checkIsPromise(resultPromise)) {
      throw errors.makeNodeError(TypeError, 'ERR_INVALID_RETURN_VALUE',
        `Expected instance of Promise to be returned from the "promiseFn" function but got ${describeType(resultPromise)}.`);
    }
  } else if (checkIsPromise(promiseFn)) {
    resultPromise = promiseFn;
  } else {
    throw errors.invalidArgType('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await resultPromise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function describeType(v) {
  if (v == null) return String(v);
  if (typeof v === 'function') return `function ${v.name}`;
  if (typeof v === 'object') {
    if (v.constructor && v.constructor.name) return `instance of ${v.constructor.name}`;
    return inspect(v, { depth: -1 });
  }
  let shown = inspect(v, { colors: false });
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return `type ${typeof v} (${shown})`;
}

function expectsError(fn, actual, error, message) {
  if (typeof error === 'string') {
    if (arguments.length === 4) {
      throw errors.invalidArgType('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw errors.makeNodeError(TypeError, 'ERR_AMBIGUOUS_ARGUMENT',
          `The "error/message" argument is ambiguous. The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw errors.makeNodeError(TypeError, 'ERR_AMBIGUOUS_ARGUMENT',
        `The "error/message" argument is ambiguous. The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw errors.invalidArgType('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }
  if (actual === NO_EXCEPTION) {
    let details = '';
    if (error && error.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const fnType = fn === assert.rejects ? 'rejection' : 'exception';
    innerFail({ actual: undefined, expected: error, operator: fn.name, message: `Missing expected ${fnType}${details}`, stackStartFn: fn });
  }
  if (!error) return;
  expectedException(actual, error, message, fn);
}

function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (types.isRegExp(expected)) return expected.exec(String(actual)) !== null;
    throw errors.invalidArgType('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Error.isPrototypeOf(expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectsNoError(fn, actual, error, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || hasMatchingError(actual, error)) {
    const details = message ? `: ${message}` : '.';
    const fnType = fn === assert.doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual, expected: error, operator: fn.name, stackStartFn: fn,
      message: `Got unwanted ${fnType}${details}\nActual message: "${actual && actual.message}"`,
    });
  }
  throw actual;
}

assert.throws = function throws(promiseFn, ...args) {
  expectsError(throws, getActual(promiseFn), ...args);
};

assert.rejects = async function rejects(promiseFn, ...args) {
  expectsError(rejects, await waitForActual(promiseFn), ...args);
};

assert.doesNotThrow = function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), ...args);
};

assert.doesNotReject = async function doesNotReject(fn, ...args) {
  expectsNoError(doesNotReject, await waitForActual(fn), ...args);
};

assert.ifError = function ifError(err) {
  if (err !== null && err !== undefined) {
    let message = 'ifError got unwanted exception: ';
    if (typeof err === 'object' && typeof err.message === 'string') {
      if (err.message.length === 0 && err.constructor) message += err.constructor.name;
      else message += err.message;
    } else {
      message += inspect(err);
    }
    const newErr = new AssertionError({ actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError });
    throw newErr;
  }
};

function internalMatch(string, regexp, message, fn) {
  if (!types.isRegExp(regexp)) throw errors.invalidArgType('regexp', 'RegExp', regexp);
  const match = fn === assert.match;
  if (typeof string !== 'string' || (regexp.exec(string) !== null) !== match) {
    if (message instanceof Error) throw message;
    const generatedMessage = !message;
    message = message || (typeof string !== 'string'
      ? `The "string" argument must be of type string. Received type ${typeof string} (${inspect(string)})`
      : (match
        ? 'The input did not match the regular expression '
        : 'The input was expected to not match the regular expression ') +
        `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`);
    const err = new AssertionError({ actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

assert.match = function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
};

assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
};

// CallTracker (deprecated in Node 20, still present): each tracked function
// is a Proxy of the original whose calls (this and a frozen copy of the
// arguments) are recorded in its context.
class CallTrackerContext {
  #expected;
  #calls = [];
  #name;
  #stack;
  constructor(expected, stack, name) {
    this.#expected = expected;
    this.#stack = stack;
    this.#name = name;
  }
  track(thisArg, args) {
    this.#calls.push(Object.freeze({ thisArg, arguments: Object.freeze(Array.prototype.slice.call(args)) }));
  }
  reset() { this.#calls = []; }
  getCalls() { return Object.freeze(this.#calls.slice()); }
  report() {
    if (this.#calls.length === this.#expected) return undefined;
    return {
      message: `Expected the ${this.#name} function to be executed ${this.#expected} time(s) but was executed ${this.#calls.length} time(s).`,
      actual: this.#calls.length, expected: this.#expected, operator: this.#name, stack: this.#stack,
    };
  }
}

let callTrackerWarned = false;
// noop is the anonymous function calls() tracks when given none.
const noop = [() => {}][0];

class CallTracker {
  #contexts = new Set();
  #tracked = new WeakMap();
  constructor() {
    if (!callTrackerWarned) {
      callTrackerWarned = true;
      process.emitWarning('assert.CallTracker is deprecated.', 'DeprecationWarning', 'DEP0173');
    }
  }
  #context(tracked) {
    if (!this.#tracked.has(tracked)) throw errors.invalidArgValue('tracked', tracked, 'is not a tracked function');
    return this.#tracked.get(tracked);
  }
  reset(tracked) {
    if (tracked === undefined) {
      for (const c of this.#contexts) c.reset();
      return;
    }
    this.#context(tracked).reset();
  }
  getCalls(tracked) { return this.#context(tracked).getCalls(); }
  calls(fn, expected = 1) {
    if (process._exiting) {
      throw errors.makeNodeError(Error, 'ERR_UNAVAILABLE_DURING_EXIT', 'Cannot call function in process exit handler');
    }
    if (typeof fn === 'number') {
      expected = fn;
      fn = noop;
    } else if (fn === undefined) {
      fn = noop;
    }
    errors.validateInteger(expected, 'expected', 1, 4294967295);
    const context = new CallTrackerContext(expected, new Error(), fn.name || 'calls');
    const tracked = new Proxy(fn, {
      __proto__: null,
      apply(target, thisArg, args) {
        context.track(thisArg, args);
        return Reflect.apply(target, thisArg, args);
      },
    });
    this.#contexts.add(context);
    this.#tracked.set(tracked, context);
    return tracked;
  }
  report() {
    const out = [];
    for (const c of this.#contexts) {
      const r = c.report();
      if (r !== undefined) out.push(r);
    }
    return out;
  }
  verify() {
    const errs = this.report();
    if (errs.length === 0) return;
    const message = errs.length === 1 ? errs[0].message : 'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errs });
  }
}
assert.CallTracker = CallTracker;

function strict(...args) {
  innerOk(strict, args.length, ...args);
}
assert.strict = Object.assign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});
assert.strict.strict = assert.strict;

module.exports = assert;
