'use strict';
// The host's prelude, run once per Runtime before any script: the nextTick
// queue, the process object, timers, queueMicrotask and lazy globals.
// `native` holds the Go side; the returned object holds the hooks Go calls.
(function bootstrap(native, requireCore) {
  const global = globalThis;

  // goja lacks Symbol.asyncIterator; esbuild's lowered for-await falls back
  // to this same registered symbol, so both agree.
  if (Symbol.asyncIterator === undefined) {
    Object.defineProperty(Symbol, 'asyncIterator', { value: Symbol.for('Symbol.asyncIterator') });
  }
  // Node 20 defines the explicit-resource-management symbols as these
  // registered ones; streams, events and timers all use them.
  if (Symbol.dispose === undefined) {
    Object.defineProperty(Symbol, 'dispose', { value: Symbol.for('nodejs.dispose') });
  }
  if (Symbol.asyncDispose === undefined) {
    Object.defineProperty(Symbol, 'asyncDispose', { value: Symbol.for('nodejs.asyncDispose') });
  }

  // goja's parseInt drops the sign of a negative zero ('-0', '-0.5'); the
  // spec keeps it, and util.format('%i', -0.5) shows it.
  if (!Object.is(parseInt('-0'), -0)) {
    const engineParseInt = parseInt;
    const parseIntSigned = {
      parseInt(string, radix) {
        const s = typeof string === 'string' ? string : `${string}`;
        const n = engineParseInt(s, radix);
        return n === 0 && s.trimStart().charCodeAt(0) === 45 ? -0 : n;
      },
    }.parseInt;
    Object.defineProperty(global, 'parseInt', { value: parseIntSigned, writable: true, configurable: true, enumerable: false });
    Object.defineProperty(Number, 'parseInt', { value: parseIntSigned, writable: true, configurable: true, enumerable: false });
  }

  // V8's Error.captureStackTrace and Error.stackTraceLimit, which custom
  // error classes and libraries call: `stack` gets the caller's frames in
  // Node's layout, below the constructorOpt function when one is given, or
  // what Error.prepareStackTrace(targetObject, callSites) returns when that
  // is a function. The frames are taken here (native.callSites looks for
  // this function's frame by its name); the CallSite objects and the
  // `stack` property are internal/callsites', compiled on first use.
  // prepareStack(error, sites) is the stack Error.prepareStackTrace makes
  // of an error's frames, for the errors the Error constructors make (Go's
  // side takes their frames and reads the stack when it is first read).
  let prepareStack;
  if (typeof Error.captureStackTrace !== 'function') {
    Error.stackTraceLimit = 10;
    Object.defineProperty(Error, 'prepareStackTrace', { value: undefined, writable: true, configurable: true, enumerable: false });
    prepareStack = (error, sites) => requireCore('internal/callsites').prepareStack(error, sites);
    Object.defineProperty(Error, 'captureStackTrace', {
      writable: true,
      configurable: true,
      enumerable: false,
      value: function captureStackTrace(targetObject, constructorOpt) {
        if (targetObject === null || (typeof targetObject !== 'object' && typeof targetObject !== 'function')) {
          const e = new TypeError('Invalid argument');
          throw e;
        }
        const skip = typeof constructorOpt === 'function';
        const limit = typeof Error.stackTraceLimit === 'number' ? Error.stackTraceLimit : 10;
        const sites = native.callSites(skip, skip ? constructorOpt.name : '', limit);
        requireCore('internal/callsites').defineStack(targetObject, sites);
      },
    });
  }

  // ---- process.nextTick ------------------------------------------------------
  // The queue and its runner are Go's (native.nextTick); what stays here is
  // the argument check's error and async_hooks' scope around a tick.

  // asyncTicks is async_hooks' scope tracking once a script loads it: each
  // tick then runs in the async scope it was queued from.
  let asyncTicks = null;
  function setAsyncTicks(tracker) {
    asyncTicks = tracker;
  }

  function tickScope() {
    return asyncTicks.capture('TickObject');
  }

  function runScopedTick(scope, fn, args) {
    const prev = asyncTicks.enter(scope);
    let threw = true;
    try {
      if (args.length === 0) fn();
      else if (args.length === 1) fn(args[0]);
      else if (args.length === 2) fn(args[0], args[1]);
      else fn.apply(undefined, args);
      threw = false;
    } finally {
      // A tick that threw keeps its 'after' hook until the error was
      // handled, as in node.
      if (threw) asyncTicks.unwind(scope, prev, true);
      else asyncTicks.leave(scope, prev, true);
    }
  }

  function validateFunction(fn, name) {
    if (typeof fn !== 'function') {
      const e = new TypeError('The "' + name + '" argument must be of type function.' + native.describe(fn));
      e.code = 'ERR_INVALID_ARG_TYPE';
      throw e;
    }
  }

  function validateTick(fn) {
    validateFunction(fn, 'callback');
  }

  const nextTick = native.nextTick;

  // ---- process ---------------------------------------------------------------
  // process becomes an EventEmitter the first time it is used as one, so a
  // script that never listens pays nothing for the events module.
  const process = native.process;
  let EventEmitter;
  const emitterMethods = ['on', 'addListener', 'once', 'prependListener', 'prependOnceListener', 'off',
    'removeListener', 'removeAllListeners', 'emit', 'listeners', 'rawListeners', 'listenerCount',
    'eventNames', 'setMaxListeners', 'getMaxListeners'];
  // Each of lazyEmitter's methods upgrades process, then calls
  // EventEmitter's method of its name (native functions, cheaper to make).
  const lazyEmitter = native.upgradingMethods(emitterMethods, upgradeEmitter);
  Object.setPrototypeOf(process, lazyEmitter);

  function upgradeEmitter() {
    if (EventEmitter !== undefined) return EventEmitter;
    // Loading events calls back here (so that require('events') alone makes
    // process an emitter); the inner call does the set-up.
    const EE = requireCore('events');
    if (EventEmitter !== undefined) return EventEmitter;
    EventEmitter = EE;
    Object.setPrototypeOf(lazyEmitter, EventEmitter.prototype);
    for (const m of emitterMethods) delete lazyEmitter[m];
    EventEmitter.call(process);
    process.on('newListener', (name) => {
      if (typeof name === 'string' && name.startsWith('SIG') && process.listenerCount(name) === 0) native.watchSignal(name);
    });
    process.on('removeListener', (name) => {
      if (typeof name === 'string' && name.startsWith('SIG') && process.listenerCount(name) === 0) native.unwatchSignal(name);
    });
    // Default 'warning' output: node prints every warning on stderr, whether
    // or not the script listens for 'warning' too.
    process.on('warning', (w) => {
      const tag = w.code ? '[' + w.code + '] ' : '';
      const text = typeof w.toString === 'function' ? `${w.toString()}` : Error.prototype.toString.call(w);
      // Through the console's error, as node's, so that a replaced
      // process.stderr.write sees it.
      requireCore('console').error('(' + process.release.name + ':' + process.pid + ') ' + tag + text +
        (typeof w.detail === 'string' ? '\n' + w.detail : '') + (process._warnedTrace ? '' : '\n(Use `node ' + (w.name === 'DeprecationWarning' ? '--trace-deprecation' : '--trace-warnings') +
        ' ...` to show where the warning was created)'));
      process._warnedTrace = true;
    });
    hooks.emit = EventEmitter.prototype.emit;
    return EventEmitter;
  }

  Object.defineProperty(process, Symbol.toStringTag, { value: 'process', configurable: true });
  process.nextTick = nextTick;
  process.domain = null;
  process._exiting = false;
  process.exitCode = undefined;
  process.title = 'jsproc';
  process.features = { inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: false, tls_sni: false, tls_ocsp: false, tls: false, cached_builtins: true, require_module: true };
  process.release = {
    name: 'node',
    lts: 'Iron',
    sourceUrl: 'https://nodejs.org/download/release/' + process.version + '/node-' + process.version + '.tar.gz',
    headersUrl: 'https://nodejs.org/download/release/' + process.version + '/node-' + process.version + '-headers.tar.gz',
  };
  process.config = { variables: {} };
  process._rawDebug = function _rawDebug(...args) {
    native.writeStderr(requireCore('internal/inspect').format(...args) + '\n');
  };

  // Rarely used process methods compile on first use (internal/process/extras).
  let extras;
  function getExtras() {
    if (extras === undefined) extras = requireCore('internal/process/extras').init(process, hooks, upgradeEmitter, nextTick);
    return extras;
  }
  process.setUncaughtExceptionCaptureCallback = function setUncaughtExceptionCaptureCallback(fn) {
    getExtras().setCapture(fn);
  };
  process.hasUncaughtExceptionCaptureCallback = function hasUncaughtExceptionCaptureCallback() {
    return extras !== undefined && extras.hasCapture();
  };
  process.emitWarning = function emitWarning(warning, type, code, ctor) {
    getExtras().emitWarning(warning, type, code, ctor);
  };
  process.loadEnvFile = function loadEnvFile(path = undefined) {
    getExtras().loadEnvFile(path);
  };

  // lazy(obj, name, get, enumerable) defines obj[name] as a getter that
  // replaces itself with get()'s value (or with what is assigned first).
  // Go's side defines the globals that are a module's export alike.
  const lazy = native.lazy;
  process.openStdin = function openStdin() {
    process.stdin.resume();
    return process.stdin;
  };
  lazy(process, 'allowedNodeEnvironmentFlags', () => getExtras().allowedFlags(), true);
  lazy(process, 'stdout', () => native.makeStdio(1), true);
  lazy(process, 'stderr', () => native.makeStdio(2), true);
  lazy(process, 'stdin', () => native.makeStdio(0), true);

  function queueMicrotask(callback) {
    validateFunction(callback, 'callback');
    Promise.resolve().then(() => {
      try {
        callback();
      } catch (e) {
        native.reportUncaught(e);
      }
    });
  }

  // ---- globals -----------------------------------------------------------------
  // Go defines node's globals in node's order (nodeGlobals); those that
  // are the prelude's come from here: values, or getters for the lazy ones.
  lazy(global, 'console', () => requireCore('console'));
  const globals = { process, global, queueMicrotask };
  // Web Crypto's object, as node defines it, when the crypto module is there.
  if (native.hasModule('crypto')) {
    let webcrypto;
    globals.crypto = () => webcrypto || (webcrypto = requireCore('crypto').webcrypto);
  }
  // perf_hooks, when the runtime has it, extends the same object with the
  // user timing API.
  globals.performance = () => (native.hasModule('perf_hooks') ? requireCore('perf_hooks') : requireCore('internal/web')).performance;
  // The messaging globals, when the worker_threads module is there.
  if (native.hasModule('worker_threads')) {
    globals.MessageEvent = () => requireCore('worker_threads')[Symbol.for('jsproc.MessageEvent')];
  }

  // runTask runs one macrotask and the nextTick queue (task, from Go, does
  // both) in one outermost call, so that ticks run before the promise jobs
  // the task queued, as in Node.
  function runTask(task) {
    task();
  }

  const hooks = { runTask, validateTick, tickScope, runScopedTick, emit: undefined, process, upgradeEmitter, setAsyncTicks, prepareStack, globals };
  return hooks;
})
