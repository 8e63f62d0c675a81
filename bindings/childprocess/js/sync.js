'use strict';
// spawnSync, execSync and execFileSync over the Go start-up layer. The
// module exports a factory: child_process hands it its per-runtime natives.
const { Buffer } = require('buffer');
const { invalidArgType } = require('internal/errors');
const {
  errnoException, validateTimeout, validateMaxBuffer, sanitizeKillSignal, normalizeSpawnArguments,
  getValidStdio, normalizeExecArgs, normalizeExecFileArgs, genericNodeError, MAX_BUFFER,
} = require('internal/child_process/normalize');

module.exports = function makeSyncForms(native) {
  // ---- synchronous forms ------------------------------------------------------

  function spawnSync(file, args, options) {
    options = Object.assign({ maxBuffer: MAX_BUFFER }, normalizeSpawnArguments(file, args, options));
    validateTimeout(options.timeout);
    validateMaxBuffer(options.maxBuffer);
    options.killSignal = sanitizeKillSignal(options.killSignal);
    options.stdio = getValidStdio(options.stdio || 'pipe', true).stdio;
    if (options.input) {
      options.stdio[0] = Object.assign({}, options.stdio[0], { input: options.input });
    }
    for (let i = 0; i < options.stdio.length; i++) {
      const input = options.stdio[i] && options.stdio[i].input;
      if (input != null) {
        if (ArrayBuffer.isView(input)) {
          // used as is
        } else if (typeof input === 'string') {
          options.stdio[i].input = Buffer.from(input, options.encoding);
        } else {
          throw invalidArgType('options.stdio[' + i + ']', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
        }
      }
    }
    const stdin = options.stdio[0];
    const spec = {
      file: options.file,
      args: options.args.map(String),
      cwd: options.cwd,
      envPairs: options.envPairs,
      stdio: options.stdio,
      detached: options.detached,
      uid: options.uid == null ? undefined : options.uid,
      gid: options.gid == null ? undefined : options.gid,
      input: stdin && stdin.input != null ? stdin.input : undefined,
      timeout: options.timeout,
      killSignal: options.killSignal,
      maxBuffer: options.maxBuffer,
      encoding: options.encoding,
    };
    const result = native.spawnSync(spec);
    if (result.error instanceof Error && result.error.code === 'ERR_ACCESS_DENIED') throw result.error;
    if (result.error instanceof Error) {
      // A spawn handler's own error: UNKNOWN, with it as the cause.
      const err = errnoException(-4094, 'spawnSync ' + options.file);
      err.path = options.file;
      err.spawnargs = options.args.slice(1);
      Object.defineProperty(err, 'cause', { value: result.error, writable: true, configurable: true });
      result.error = err;
      result.stdout = null;
      result.stderr = null;
      return result;
    }
    if (result.output && options.encoding && options.encoding !== 'buffer') {
      for (let i = 0; i < result.output.length; i++) {
        // UTF-8 output comes decoded from Go already.
        if (!result.output[i] || typeof result.output[i] === 'string') continue;
        result.output[i] = result.output[i].toString(options.encoding);
      }
    }
    result.stdout = result.output && result.output[1];
    result.stderr = result.output && result.output[2];
    if (result.error) {
      result.error = errnoException(result.error, 'spawnSync ' + options.file);
      result.error.path = options.file;
      result.error.spawnargs = options.args.slice(1);
    }
    return result;
  }

  function checkExecSyncError(ret, args, cmd) {
    let err;
    if (ret.error) {
      err = ret.error;
      Object.assign(err, ret);
    } else if (ret.status !== 0) {
      let msg = 'Command failed: ';
      msg += cmd || args.join(' ');
      if (ret.stderr && ret.stderr.length > 0) msg += '\n' + ret.stderr.toString();
      err = genericNodeError(msg, ret);
    }
    return err;
  }

  function execFileSync(file, args, options) {
    ({ file, args, options } = normalizeExecFileArgs(file, args, options));
    const inheritStderr = !options.stdio;
    const ret = spawnSync(file, args, options);
    if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
    const errArgs = [options.argv0 || file].concat(args);
    const err = checkExecSyncError(ret, errArgs);
    if (err) throw err;
    return ret.stdout;
  }

  function execSync(command, options) {
    const opts = normalizeExecArgs(command, options, null);
    const inheritStderr = !opts.options.stdio;
    const ret = spawnSync(opts.file, opts.options);
    if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
    const err = checkExecSyncError(ret, undefined, command);
    if (err) throw err;
    return ret.stdout;
  }

  return { spawnSync, execSync, execFileSync };
};
