'use strict';
// Process methods scripts rarely call, compiled on first use: the
// uncaught-exception capture callback, emitWarning, loadEnvFile and
// allowedNodeEnvironmentFlags.
// init receives the prelude's process, hooks, upgradeEmitter and nextTick.

const errors = require('internal/errors');

// flagNames are the options of node's NODE_OPTIONS list that jsproc's
// command line accepts.
const flagNames = ['--enable-source-maps', '--expose-gc', '--input-type', '--max-old-space-size',
  '--no-deprecation', '--no-experimental-fetch', '--no-warnings', '--pending-deprecation',
  '--preserve-symlinks', '--require', '--throw-deprecation', '--title', '--trace-uncaught',
  '--trace-warnings', '--unhandled-rejections', '-r'];

// allowedFlags builds process.allowedNodeEnvironmentFlags: a Set that
// cannot be changed, whose has() ignores a value, treats '_' as '-' and
// matches a name without its dashes, as node's does.
function allowedFlags() {
  class NodeEnvironmentFlagsSet extends Set {
    add() { return this; }
    delete() { return false; }
    clear() {}
    has(key) {
      if (typeof key !== 'string') return false;
      key = key.replace(/_/g, '-');
      if (/^--?/.test(key)) return Set.prototype.has.call(this, key.replace(/=.*$/, ''));
      return flagNames.some((n) => n.replace(/^--?/, '') === key);
    }
  }
  const set = new NodeEnvironmentFlagsSet();
  for (const n of flagNames) Set.prototype.add.call(set, n);
  Object.freeze(NodeEnvironmentFlagsSet.prototype);
  return Object.freeze(set);
}

exports.init = function init(process, hooks, upgradeEmitter, nextTick) {
  // While a capture callback is set it receives uncaught exceptions
  // instead of 'uncaughtException' listeners; the monitor event still
  // fires first. The host emits through hooks.emit.
  let captureFn = null;
  function setCapture(fn) {
    if (fn === null) {
      captureFn = null;
      if (hooks.emit !== undefined) hooks.emit = upgradeEmitter().prototype.emit;
      return;
    }
    if (typeof fn !== 'function') throw errors.invalidArgType('fn', ['Function', 'null'], fn);
    if (captureFn !== null) {
      throw errors.makeNodeError(Error, 'ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
        '`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active');
    }
    captureFn = fn;
    const emit = upgradeEmitter().prototype.emit;
    hooks.emit = function (name, er) {
      if (name === 'uncaughtException' && captureFn !== null) {
        captureFn(er);
        return true;
      }
      return emit.apply(this, arguments);
    };
  }

  function emitWarning(warning, type, code, ctor) {
    let detail;
    if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
      ctor = type.ctor;
      code = type.code;
      if (typeof type.detail === 'string') detail = type.detail;
      type = type.type || 'Warning';
    } else if (typeof type === 'function') {
      ctor = type;
      code = undefined;
      type = 'Warning';
    }
    if (type !== undefined && typeof type !== 'string') throw errors.invalidArgType('type', 'string', type);
    if (typeof code === 'function') {
      ctor = code;
      code = undefined;
    } else if (code !== undefined && typeof code !== 'string') {
      throw errors.invalidArgType('code', 'string', code);
    }
    let w = warning;
    if (typeof w === 'string') {
      w = new Error(w);
      w.name = String(type || 'Warning');
      if (code !== undefined) w.code = code;
      if (detail !== undefined) w.detail = detail;
      Error.captureStackTrace(w, ctor || process.emitWarning);
    } else if (!(w instanceof Error)) {
      throw errors.invalidArgType('warning', ['Error', 'string'], warning);
    }
    if (w.name === 'DeprecationWarning') {
      if (process.noDeprecation) return;
      if (process.throwDeprecation) {
        // Thrown on the next tick, after the warnings emitted before it.
        nextTick(() => {
          throw w;
        });
        return;
      }
    }
    upgradeEmitter();
    nextTick(() => {
      process.emit('warning', w);
    });
  }

  // loadEnvFile sets the variables of an environment file (.env by
  // default) that process.env does not have yet. The file is read as fs
  // reads it, under the same permissions, and parsed as util.parseEnv
  // parses.
  function loadEnvFile(path) {
    if (path == null) path = '.env';
    else if (typeof path === 'number') throw errors.invalidArgType('path', ['string', 'Buffer', 'URL'], path);
    let content;
    try {
      content = require('fs').readFileSync(path, 'utf8');
    } catch (e) {
      if (e.code !== 'EISDIR') throw e;
      // node reports a file it cannot read as text so.
      const shown = typeof path === 'string' ? path :
        (path instanceof URL ? require('url').fileURLToPath(path) : String(path));
      throw errors.makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `Contents of '${shown}' should be a valid string.`);
    }
    const vars = require('util').parseEnv(content);
    for (const k of Object.keys(vars)) {
      if (!Object.prototype.hasOwnProperty.call(process.env, k)) process.env[k] = vars[k];
    }
  }

  return { setCapture, hasCapture: () => captureFn !== null, allowedFlags, emitWarning, loadEnvFile };
};
