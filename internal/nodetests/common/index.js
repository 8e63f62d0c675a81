'use strict';
// A small stand-in for the `common` module of node's own test suite: the
// helpers the selected test/parallel files use, written for this harness
// and run unchanged under node and under jsproc, so that both are judged by
// the same rules. A test passes when it exits 0; every wrapper registered
// with mustCall and friends is checked when the process exits.

const assert = require('assert');
const path = require('path');
const util = require('util');

const platform = process.platform;
const isWindows = platform === 'win32';

// Functions wrapped by mustCall* and the counts they must reach.
const checks = [];

function runChecks() {
  const failed = [];
  for (const c of checks) {
    if (c.exact !== undefined ? c.actual !== c.exact : c.actual < c.min) {
      const want = c.exact !== undefined ? `exactly ${c.exact}` : `at least ${c.min}`;
      failed.push(`Mismatched ${c.name} function calls. Expected ${want}, actual ${c.actual}.\n${c.stack}`);
    }
  }
  if (failed.length > 0) {
    process.stderr.write(failed.join('\n') + '\n');
    process.exit(1);
  }
}

// callerFrame is the first stack frame outside this file: where the test
// made its promise.
function callerFrame() {
  const frames = new Error().stack.split('\n').slice(1);
  return frames.find((f) => !f.includes(__filename)) || '';
}

let exitHooked = false;
function track(fn, name, exact, min) {
  if (!exitHooked) {
    exitHooked = true;
    process.on('exit', runChecks);
  }
  const check = { name: fn.name || '<anonymous>', exact, min, actual: 0, stack: callerFrame() };
  checks.push(check);
  const wrapped = function(...args) {
    check.actual++;
    return fn.apply(this, args);
  };
  Object.defineProperty(wrapped, 'length', { value: fn.length, configurable: true });
  Object.defineProperty(wrapped, 'name', { value: fn.name, configurable: true });
  return wrapped;
}

const noop = () => {};

function mustCall(fn, exact) {
  if (typeof fn === 'number') return track(noop, 'mustCall', fn);
  return track(fn || noop, 'mustCall', exact === undefined ? 1 : exact);
}

function mustCallAtLeast(fn, min) {
  if (typeof fn === 'number') return track(noop, 'mustCallAtLeast', undefined, fn);
  return track(fn || noop, 'mustCallAtLeast', undefined, min === undefined ? 1 : min);
}

function mustSucceed(fn, exact) {
  return mustCall(function(err, ...args) {
    assert.ifError(err);
    if (typeof fn === 'function') return fn.apply(this, args);
  }, exact);
}

function mustNotCall(msg) {
  const where = callerFrame();
  return function mustNotCall(...args) {
    const shown = args.map((a) => util.inspect(a)).join(', ');
    assert.fail(`${msg || 'function should not have been called'} (${where.trim()})` +
                (args.length > 0 ? `\ncalled with arguments: ${shown}` : ''));
  };
}

function expectsError(validator, exact) {
  return mustCall((...args) => {
    if (args.length !== 1) {
      assert.fail(`Expected one argument, got ${util.inspect(args)}`);
    }
    const err = args[0];
    assert.throws(() => { throw err; }, validator);
    return true;
  }, exact);
}

// Warnings expected by expectWarning, by warning name.
let expectedWarnings;

function expectWarning(nameOrMap, expected, code) {
  if (expectedWarnings === undefined) {
    expectedWarnings = new Map();
    process.on('warning', (warning) => {
      const check = expectedWarnings.get(warning.name);
      if (!check) assert.fail(`Unexpected warning received: ${warning.name}: ${warning.message}`);
      check(warning);
    });
  }
  const add = (name, list, c) => {
    if (typeof list === 'string') list = [[list, c]];
    else if (!Array.isArray(list)) list = Object.entries(list).map(([k, v]) => [v, k]);
    else if (list.length > 0 && !Array.isArray(list[0])) list = [[list[0], list[1]]];
    expectedWarnings.set(name, mustCall((warning) => {
      const next = list.shift();
      if (!next) assert.fail(`Unexpected extra warning received: ${warning}`);
      const [message, wantCode] = next;
      assert.strictEqual(warning.name, name);
      if (typeof message === 'string') assert.strictEqual(warning.message, message);
      else assert.match(warning.message, message);
      assert.strictEqual(warning.code, wantCode);
    }, list.length));
  };
  if (typeof nameOrMap === 'string') add(nameOrMap, expected, code);
  else for (const name of Object.keys(nameOrMap)) add(name, nameOrMap[name]);
}

function skip(msg) {
  process.stdout.write(`1..0 # Skipped: ${msg}\n`);
  process.exit(0);
}

// skipIfDumbTerminal skips a test of terminal behaviour when TERM=dumb,
// where readline does no line editing.
function skipIfDumbTerminal() {
  if (process.env.TERM === 'dumb') skip('skipping - dumb terminal');
}

function printSkipMessage(msg) {
  process.stdout.write(`1..0 # Skipped: ${msg}\n`);
}

function platformTimeout(ms) {
  return ms;
}

function invalidArgTypeHelper(input) {
  if (input == null) return ` Received ${input}`;
  if (typeof input === 'function') return ` Received function ${input.name}`;
  if (typeof input === 'object') {
    if (input.constructor && input.constructor.name) {
      return ` Received an instance of ${input.constructor.name}`;
    }
    return ` Received ${util.inspect(input, { depth: -1 })}`;
  }
  let shown = util.inspect(input, { colors: false });
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return ` Received type ${typeof input} (${shown})`;
}

function escapePOSIXShell(strings, ...values) {
  const env = { ...process.env };
  let cmd = strings[0];
  values.forEach((v, i) => {
    const key = `ESCAPED_${i}`;
    env[key] = String(v);
    cmd += (isWindows ? `"%${key}%"` : `"$${key}"`) + strings[i + 1];
  });
  return [cmd, { env }];
}

// mustNotMutateObjectDeep returns a proxy that throws on any change to the
// object or to anything reachable from it.
function mustNotMutateObjectDeep(original) {
  if (original === null || (typeof original !== 'object' && typeof original !== 'function')) {
    return original;
  }
  const proxies = new WeakMap();
  const handler = {
    defineProperty(target, prop) { assert.fail(`Expected no side effects, got ${String(prop)} defined`); },
    deleteProperty(target, prop) { assert.fail(`Expected no side effects, got ${String(prop)} deleted`); },
    set(target, prop) { assert.fail(`Expected no side effects, got ${String(prop)} set`); },
    setPrototypeOf() { assert.fail('Expected no side effects, got prototype set'); },
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver);
      return wrap(v);
    },
  };
  function wrap(v) {
    if (v === null || typeof v !== 'object') return v;
    if (ArrayBuffer.isView(v)) return v;
    if (!proxies.has(v)) proxies.set(v, new Proxy(v, handler));
    return proxies.get(v);
  }
  return wrap(original);
}

function getArrayBufferViews(buf) {
  const { buffer, byteOffset, byteLength } = buf;
  const out = [];
  const types = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
                 Int32Array, Uint32Array, Float32Array, Float64Array,
                 BigInt64Array, BigUint64Array, DataView];
  for (const T of types) {
    const size = T.BYTES_PER_ELEMENT || 1;
    if (byteLength % size === 0) out.push(new T(buffer, byteOffset, byteLength / size));
  }
  return out;
}

function getBufferSources(buf) {
  return [...getArrayBufferViews(buf), new Uint8Array(buf).buffer];
}

function spawnPromisified(...args) {
  const { spawn } = require('child_process');
  let stderr = '';
  let stdout = '';
  const child = spawn(...args);
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (d) => { stderr += d; });
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d) => { stdout += d; });
  return new Promise((resolve, reject) => {
    child.on('close', (code, signal) => resolve({ code, signal, stderr, stdout }));
    child.on('error', (code, signal) => reject({ code, signal, stderr, stdout }));
  });
}

function canCreateSymLink() {
  return !isWindows;
}

let cryptoAvailable;
function hasCrypto() {
  if (cryptoAvailable === undefined) {
    try {
      require('crypto');
      cryptoAvailable = true;
    } catch {
      cryptoAvailable = false;
    }
  }
  return cryptoAvailable;
}

const common = {
  allowGlobals: noop,
  canCreateSymLink,
  enoughTestMem: true,
  escapePOSIXShell,
  expectsError,
  expectWarning,
  getArrayBufferViews,
  getBufferSources,
  getTTYfd() { return -1; },
  hasIntl: typeof Intl === 'object',
  hasIPv6: false,
  invalidArgTypeHelper,
  isAIX: platform === 'aix',
  isDebug: false,
  isFreeBSD: platform === 'freebsd',
  isIBMi: false,
  isLinux: platform === 'linux',
  isMacOS: platform === 'darwin',
  isOpenBSD: platform === 'openbsd',
  isSunOS: platform === 'sunos',
  isWindows,
  localhostIPv4: '127.0.0.1',
  mustCall,
  mustCallAtLeast,
  mustNotCall,
  mustNotMutateObjectDeep,
  mustSucceed,
  platformTimeout,
  printSkipMessage,
  pwdCommand: isWindows ? ['cmd.exe', ['/d', '/c', 'cd']] : ['pwd', []],
  skip,
  skipIfDumbTerminal,
  spawnPromisified,
};

Object.defineProperty(common, 'hasCrypto', { get: hasCrypto, enumerable: true });
Object.defineProperty(common, 'PIPE', {
  enumerable: true,
  get() { return path.join(require('./tmpdir').path, `test-${process.pid}.sock`); },
});

module.exports = common;
