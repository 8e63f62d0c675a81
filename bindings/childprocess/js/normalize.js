'use strict';
// Argument validation and normalisation for child_process, worded as
// node's: file/args/options, stdio specs, signals and timeouts.
const native = internalBinding('child_process/static');
const { Buffer } = require('buffer');
const errors = require('internal/errors');
const { invalidArgType, invalidArgValue, outOfRange, makeNodeError } = errors;

const signals = native.signals;
const MAX_BUFFER = 1024 * 1024;

// ---- errors ------------------------------------------------------------------

function errnoException(errno, syscall) {
  return native.errnoException(errno, syscall);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw invalidArgType(name, 'string', value);
}

function validateArgumentNullCheck(arg, name) {
  if (typeof arg === 'string' && arg.includes('\u0000')) {
    throw invalidArgValue(name, arg, 'must be a string without null bytes');
  }
}

function validateTimeout(timeout) {
  if (timeout != null && !(Number.isInteger(timeout) && timeout >= 0)) {
    throw outOfRange('timeout', 'an unsigned integer', timeout);
  }
}

function validateMaxBuffer(maxBuffer) {
  if (maxBuffer != null && !(typeof maxBuffer === 'number' && maxBuffer >= 0)) {
    throw outOfRange('options.maxBuffer', 'a positive number', maxBuffer);
  }
}

function isInt32(v) {
  return v === (v | 0);
}

function unknownSignal(sig) {
  const shown = typeof sig === 'string' || typeof sig === 'number' ? String(sig) : require('internal/inspect').inspect(sig);
  return makeNodeError(TypeError, 'ERR_UNKNOWN_SIGNAL', 'Unknown signal: ' + shown);
}

function convertToValidSignal(signal) {
  if (typeof signal === 'number') {
    for (const k in signals) if (signals[k] === signal) return signal;
  } else if (typeof signal === 'string') {
    const n = signals[signal.toUpperCase()];
    if (n) return n;
  }
  throw unknownSignal(signal);
}

function sanitizeKillSignal(killSignal) {
  if (typeof killSignal === 'string' || typeof killSignal === 'number') return convertToValidSignal(killSignal);
  if (killSignal != null) throw invalidArgType('options.killSignal', ['string', 'number'], killSignal);
}

function validatePath(p, name) {
  if (typeof p === 'string') {
    if (p.includes('\u0000')) throw invalidArgValue(name, p, 'must be a string, Uint8Array, or URL without null bytes');
    return p;
  }
  if (Buffer.isBuffer(p)) return p.toString();
  if (p !== null && typeof p === 'object' && typeof p.href === 'string' && typeof p.protocol === 'string') {
    if (p.protocol !== 'file:') throw makeNodeError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
    // The url module's checks: a host other than localhost, an encoded /.
    return require('url').fileURLToPath(p);
  }
  throw invalidArgType(name, ['string', 'Buffer', 'URL'], p);
}

function inspectBuffer(b) {
  let hex = '';
  for (let i = 0; i < Math.min(b.length, 50); i++) hex += ' ' + (b[i] < 16 ? '0' : '') + b[i].toString(16);
  if (b.length > 50) hex += ' ... ' + (b.length - 50) + ' more byte' + (b.length - 50 > 1 ? 's' : '');
  return '<Buffer' + hex + '>';
}

// ---- argument normalisation -------------------------------------------------

function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  validateArgumentNullCheck(file, 'file');
  if (file.length === 0) throw invalidArgValue('file', file, 'cannot be empty');
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw invalidArgType('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  for (let i = 0; i < args.length; i++) validateArgumentNullCheck(args[i], 'args[' + i + ']');
  if (options === undefined) options = {};
  else if (options === null || typeof options !== 'object' || Array.isArray(options)) throw invalidArgType('options', 'object', options);

  let cwd = options.cwd;
  if (cwd != null) cwd = validatePath(cwd, 'options.cwd');
  if (options.detached != null && typeof options.detached !== 'boolean') throw invalidArgType('options.detached', 'boolean', options.detached);
  if (options.uid != null && !isInt32(options.uid)) throw invalidArgType('options.uid', 'int32', options.uid);
  if (options.gid != null && !isInt32(options.gid)) throw invalidArgType('options.gid', 'int32', options.gid);
  if (options.shell != null && typeof options.shell !== 'boolean' && typeof options.shell !== 'string') {
    throw invalidArgType('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    validateArgumentNullCheck(options.argv0, 'options.argv0');
  }
  if (options.serialization !== undefined && options.serialization !== 'json' && options.serialization !== 'advanced') {
    throw invalidArgValue('options.serialization', options.serialization, "must be one of: undefined, 'json', 'advanced'");
  }
  if (options.windowsHide != null && typeof options.windowsHide !== 'boolean') throw invalidArgType('options.windowsHide', 'boolean', options.windowsHide);
  const wva = options.windowsVerbatimArguments;
  if (wva != null && typeof wva !== 'boolean') throw invalidArgType('options.windowsVerbatimArguments', 'boolean', wva);

  if (options.shell) {
    validateArgumentNullCheck(options.shell, 'options.shell');
    const command = [file].concat(args).join(' ');
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  if (typeof options.argv0 === 'string') args.unshift(options.argv0);
  else args.unshift(file);

  const env = options.env || process.env;
  let envPairs = native.envPairs(env);
  if (envPairs === undefined) {
    envPairs = [];
    for (const key in env) {
      const value = env[key];
      if (value !== undefined) {
        validateArgumentNullCheck(key, "options.env['" + key + "']");
        validateArgumentNullCheck(value, "options.env['" + key + "']");
        envPairs.push(key + '=' + value);
      }
    }
  }
  return Object.assign({}, options, {
    args, cwd, detached: !!options.detached, envPairs, file,
    windowsHide: !!options.windowsHide, windowsVerbatimArguments: !!wva,
  });
}

function stdioStringToArray(stdio, channel) {
  switch (stdio) {
    case 'ignore':
    case 'overlapped':
    case 'pipe': {
      const a = [stdio, stdio, stdio];
      if (channel) a.push(channel);
      return a;
    }
    case 'inherit': {
      const a = [0, 1, 2];
      if (channel) a.push(channel);
      return a;
    }
    default:
      throw invalidArgValue('stdio', stdio);
  }
}

// wrapHandleOf returns the handle of a stdio entry that is a handle, or
// a stream with one (node looks at the value, its handle and its
// _handle): a handle whose descriptor can be given to a child.
function wrapHandleOf(s) {
  if (s === null || typeof s !== 'object') return undefined;
  for (const h of [s, s.handle, s._handle]) {
    if (h !== null && typeof h === 'object' && typeof h.dupFd === 'function') return h;
  }
  return undefined;
}

// getValidStdio turns options.stdio into descriptors for Go:
// {type: 'pipe'|'ignore'|'inherit'|'fd'|'wrap'|'ext', fd, handle, name, input}.
function getValidStdio(stdio, sync) {
  if (typeof stdio === 'string') stdio = stdioStringToArray(stdio);
  else if (!Array.isArray(stdio)) throw invalidArgValue('stdio', stdio);
  stdio = stdio.slice();
  while (stdio.length < 3) stdio.push(undefined);
  let ipc;
  const out = [];
  for (let i = 0; i < stdio.length; i++) {
    let s = stdio[i];
    if (s == null) s = i < 3 ? 'pipe' : 'ignore';
    if (s === 'ignore') {
      out.push({ type: 'ignore' });
    } else if (s === 'pipe' || s === 'overlapped' || (typeof s === 'number' && s < 0)) {
      out.push({ type: 'pipe', readable: i === 0, writable: i !== 0 });
    } else if (s === 'ipc') {
      if (sync || ipc !== undefined) {
        if (!sync) throw makeNodeError(Error, 'ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe');
        throw makeNodeError(Error, 'ERR_IPC_SYNC_FORK', 'IPC cannot be used with synchronous forks');
      }
      if (!native.hasStdio('ipc')) {
        throw makeNodeError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
          "stdio 'ipc' is not available: this jsproc build has no IPC channel support");
      }
      ipc = i;
      out.push({ type: 'ext', name: 'ipc' });
    } else if (s === 'inherit') {
      out.push({ type: 'inherit', fd: i });
    } else if (typeof s === 'number' || (s !== null && typeof s === 'object' && typeof s.fd === 'number')) {
      out.push({ type: 'fd', fd: typeof s === 'number' ? s : s.fd });
    } else if (wrapHandleOf(s) !== undefined) {
      // A stream over a descriptor (a net.Socket): the child gets the
      // descriptor itself, as node passes a handle.
      out.push({ type: 'wrap', handle: wrapHandleOf(s), stream: s });
    } else if (typeof s === 'string' && native.hasStdio(s)) {
      out.push({ type: 'ext', name: s });
    } else if (ArrayBuffer.isView(s) || typeof s === 'string') {
      if (!sync) {
        const inspect = Buffer.isBuffer(s) ? inspectBuffer : require('internal/inspect').inspect;
        throw makeNodeError(TypeError, 'ERR_INVALID_SYNC_FORK_INPUT',
          'Asynchronous forks do not support Buffer, TypedArray, DataView or string input: ' + inspect(s));
      }
      out.push({ type: 'pipe', readable: i === 0, writable: i !== 0, input: s });
    } else {
      throw invalidArgValue('stdio', s);
    }
  }
  return { stdio: out, ipc };
}

// ---- exec / execFile arguments -----------------------------------------------

function normalizeExecArgs(command, options, callback) {
  validateString(command, 'command');
  validateArgumentNullCheck(command, 'command');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = Object.assign({}, options);
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return { file: command, options, callback };
}

function normalizeExecFileArgs(file, args, options, callback) {
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args != null && typeof args === 'object') {
    callback = options;
    options = args;
    args = null;
  } else if (typeof args === 'function') {
    callback = args;
    options = null;
    args = null;
  }
  if (args == null) args = [];
  if (typeof options === 'function') {
    callback = options;
  } else if (options != null) {
    if (typeof options !== 'object' || Array.isArray(options)) throw invalidArgType('options', 'object', options);
  }
  if (options == null) options = {};
  if (callback != null && typeof callback !== 'function') throw invalidArgType('callback', 'function', callback);
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    validateArgumentNullCheck(options.argv0, 'options.argv0');
  }
  return { file, args, options, callback };
}

function genericNodeError(message, props) {
  const err = new Error(message);
  Object.assign(err, props);
  return err;
}

module.exports = {
  errnoException, validateString, validateArgumentNullCheck, validateTimeout, validateMaxBuffer,
  isInt32, unknownSignal, convertToValidSignal, sanitizeKillSignal, validatePath, inspectBuffer,
  normalizeSpawnArguments, stdioStringToArray, getValidStdio,
  normalizeExecArgs, normalizeExecFileArgs, genericNodeError, MAX_BUFFER,
};
