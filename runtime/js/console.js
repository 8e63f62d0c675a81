'use strict';
// console: Node's Console over the runtime's stdout and stderr (or any
// writable streams), formatting with util.format/inspect semantics.

const native = internalBinding('console');
let inspectMod;
function lib() {
  if (inspectMod === undefined) inspectMod = require('internal/inspect');
  return inspectMod;
}

const kState = Symbol('kConsoleState');
const noColors = { colors: false };
const withColors = { colors: true };

function makeError(code, msg) {
  return require('internal/errors').makeNodeError(TypeError, code, msg);
}

// colorOptions returns the inspect options for writing to stream (the
// process's own stdout/stderr when stream is undefined).
function colorOptions(state, toErr) {
  const key = toErr ? 'errColors' : 'outColors';
  if (state[key] === undefined) {
    let stream = toErr ? state.stderr : state.stdout;
    if (state.colorMode === true) state[key] = true;
    else if (state.colorMode === false) state[key] = false;
    else {
      // The process's own streams are only built (loading the stream
      // module) when they are terminals and colour depth matters.
      if (stream === undefined && native.isTTY(toErr ? 2 : 1)) stream = toErr ? process.stderr : process.stdout;
      if (process.env.FORCE_COLOR !== undefined) {
        // As in Node, FORCE_COLOR colours console output on any stream.
        state[key] = require('internal/tty').getColorDepth() > 2;
      } else {
        state[key] = !!(stream && stream.isTTY && (typeof stream.getColorDepth !== 'function' || stream.getColorDepth() > 2));
      }
    }
  }
  return state[key] ? withColors : noColors;
}

function formatArgs(state, toErr, args) {
  // Fast path: plain strings need no formatter.
  let plain = true;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (typeof a !== 'string' || (i === 0 && args.length > 1 && a.includes('%'))) {
      plain = false;
      break;
    }
  }
  if (plain) return args.join(' ');
  const opts = state.inspectOptions ? { ...colorOptions(state, toErr), ...state.inspectOptions } : colorOptions(state, toErr);
  return lib().formatWithOptions(opts, ...args);
}

function noop() {}

// writeErrorHandler returns the callback of every write a console makes
// to one of its streams: one function, so that a stream batches their
// completions as node's does. An error that the stream is yet to emit
// (its write failed asynchronously) gets a once-noop listener, so it is
// swallowed without hiding later errors of other writes.
function writeErrorHandler(state, toErr) {
  const key = toErr ? 'errHandler' : 'outHandler';
  if (state[key] === undefined) {
    state[key] = (err) => {
      const stream = toErr ? state.stderr : state.stdout;
      if (err == null || !stream) return;
      const ws = stream._writableState;
      if (ws && ws.errorEmitted) return;
      if (typeof stream.listenerCount === 'function' && stream.listenerCount('error') === 0 && typeof stream.once === 'function') {
        stream.once('error', noop);
      }
    };
  }
  return state[key];
}

// writeDirect is internal/stdio's, loaded once the script has a
// process.stdout or process.stderr (or a console of its own).
let writeDirect;

function write(state, toErr, s) {
  if (state.indent.length !== 0) {
    if (s.includes('\n')) s = s.replace(/\n/g, `\n${state.indent}`);
    s = state.indent + s;
  }
  s += '\n';
  let stream = toErr ? state.stderr : state.stdout;
  if (stream === undefined) {
    // The global console: until the script has a process.stdout (or
    // stderr) nothing can have replaced its write, and the write is
    // native. Then it binds the stream, as node's does on first use; so
    // does a first use that finds process.stdout itself replaced.
    if ((toErr ? state.errChecked : state.outChecked) || firstUse(state, toErr)) {
      if (native.write(toErr ? 2 : 1, s)) return;
    }
    stream = bindStream(state, toErr);
  }
  writeStream(state, toErr, stream, s);
}

// writeStream is write's path through a stream: natively when it is the
// untouched process stream, else through its write.
function writeStream(state, toErr, stream, s) {
  if (writeDirect === undefined) writeDirect = require('internal/stdio').writeDirect;
  if (writeDirect(stream, s)) return;
  if (state.ignoreErrors === false) {
    stream.write(s);
    return;
  }
  // As node's: errors are swallowed, whether the stream throws them or
  // emits them, and the noop listener goes again afterwards (a stream
  // that is no emitter throws TypeError from there, as in node).
  try {
    if (stream.listenerCount('error') === 0) stream.once('error', noop);
    stream.write(s, writeErrorHandler(state, toErr));
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) throw e;
  } finally {
    stream.removeListener('error', noop);
  }
}

// firstUse marks the global console's first write to stdout (or stderr)
// and returns false when the script defined process.stdout (or stderr)
// itself before that, without building the process's own.
function firstUse(state, toErr) {
  if (toErr) state.errChecked = true;
  else state.outChecked = true;
  const d = Object.getOwnPropertyDescriptor(process, toErr ? 'stderr' : 'stdout');
  return d !== undefined && typeof d.get === 'function' && Function.prototype.toString.call(d.get).includes('[native code]');
}

// bindStream returns the stream the global console writes to, reading
// process.stdout (or stderr) on first use.
function bindStream(state, toErr) {
  if (toErr) {
    if (state.stderr === undefined) state.stderr = process.stderr;
    return state.stderr;
  }
  if (state.stdout === undefined) state.stdout = process.stdout;
  return state.stdout;
}

// defineStreams gives a console node's _stdout and _stderr.
function defineStreams(target, state) {
  Object.defineProperties(target, {
    _stdout: {
      enumerable: false,
      configurable: true,
      get() { return bindStream(state, false); },
      set(v) { state.stdout = v; },
    },
    _stderr: {
      enumerable: false,
      configurable: true,
      get() { return bindStream(state, true); },
      set(v) { state.stderr = v; },
    },
  });
}

function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = Math.floor(ms / 3600000);
        ms %= 3600000;
      }
      minutes = Math.floor(ms / 60000);
      ms %= 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    const [s, frac] = seconds.toFixed(3).split('.');
    const pad = (n) => String(n).padStart(2, '0');
    const head = hours !== 0 ? `${hours}:${pad(minutes)}` : `${minutes}`;
    return `${head}:${pad(s)}.${frac} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

// ---- console.table -------------------------------------------------------------
function isWide(cp) {
  return (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) || (cp >= 0x20000 && cp <= 0x3fffd);
}

function stringWidth(s) {
  s = lib().stripVTControlCharacters(String(s));
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0);
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0xfe00 && cp <= 0xfe0f)) continue;
    w += isWide(cp) ? 2 : 1;
  }
  return w;
}

function renderTable(head, columns) {
  const widths = head.map(stringWidth);
  const longest = Math.max(0, ...columns.map((c) => c.length));
  const rows = [];
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longest; j++) {
      if (rows[j] === undefined) rows[j] = [];
      const v = Object.prototype.hasOwnProperty.call(column, j) ? column[j] : '';
      rows[j][i] = v;
      widths[i] = Math.max(widths[i] || 0, stringWidth(v));
    }
  }
  const row = (cells) => `│${cells.map((c, i) => ` ${c}${' '.repeat(widths[i] - stringWidth(c))} `).join('│')}│`;
  const divider = widths.map((w) => '─'.repeat(w + 2));
  let out = `┌${divider.join('┬')}┐\n${row(head)}\n├${divider.join('┼')}┤\n`;
  for (const r of rows) out += `${row(r)}\n`;
  return `${out}└${divider.join('┴')}┘`;
}

function tableData(state, data, properties) {
  const types = require('internal/util/types');
  const cell = (v) => lib().inspect(v, {
    ...(state.inspectOptions || {}),
    depth: v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2 ? -1 : 0,
    maxArrayLength: 3,
    breakLength: Infinity,
    colors: false,
  });
  const indexOf = (n) => Array.from({ length: n }, (_, i) => String(i));
  const mapIter = types.isMapIterator(data);
  let isKeyValue = false;
  let entries = data;
  if (mapIter) {
    entries = [...data];
    isKeyValue = entries.length > 0 && Array.isArray(entries[0]) && entries[0].length === 2;
  }
  if (isKeyValue || types.isMap(data)) {
    const keys = [];
    const values = [];
    let n = 0;
    for (const [k, v] of entries) {
      keys.push(cell(k));
      values.push(cell(v));
      n++;
    }
    return renderTable(['(iteration index)', 'Key', 'Values'], [indexOf(n), keys, values]);
  }
  const setIter = types.isSetIterator(data);
  if (setIter || mapIter || types.isSet(data)) {
    const values = [];
    let n = 0;
    for (const v of (mapIter ? entries : data)) {
      values.push(cell(v));
      n++;
    }
    return renderTable(['(iteration index)', 'Values'], [indexOf(n), values]);
  }
  const map = { __proto__: null };
  let hasPrimitives = false;
  const valuesColumn = [];
  const indexColumn = Object.keys(data);
  for (let i = 0; i < indexColumn.length; i++) {
    const item = data[indexColumn[i]];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      valuesColumn[i] = cell(item);
    } else {
      const keys = properties || Object.keys(item);
      for (const key of keys) {
        if (map[key] === undefined) map[key] = [];
        if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) map[key][i] = '';
        else map[key][i] = cell(item[key]);
      }
    }
  }
  const head = Object.keys(map);
  const columns = Object.values(map);
  if (hasPrimitives) {
    head.push('Values');
    columns.push(valuesColumn);
  }
  head.unshift('(index)');
  columns.unshift(indexColumn);
  return renderTable(head, columns);
}

// ---- Console -----------------------------------------------------------------------
const methods = {
  log(...args) { write(this[kState], false, formatArgs(this[kState], false, args)); },
  warn(...args) { write(this[kState], true, formatArgs(this[kState], true, args)); },
  dir(object, options) {
    const st = this[kState];
    write(st, false, lib().inspect(object, { customInspect: false, ...colorOptions(st, false), ...(st.inspectOptions || {}), ...options }));
  },
  time(label = 'default') {
    label = `${label}`;
    const timers = this[kState].timers;
    if (timers.has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    timers.set(label, process.hrtime.bigint());
  },
  timeEnd(label = 'default') {
    label = `${label}`;
    if (timeLogImpl(this, 'timeEnd', label)) this[kState].timers.delete(label);
  },
  timeLog(label = 'default', ...data) {
    timeLogImpl(this, 'timeLog', `${label}`, data);
  },
  trace: function trace(...args) {
    const err = { name: 'Trace', message: formatArgs(this[kState], true, args) };
    if (typeof Error.captureStackTrace === 'function') Error.captureStackTrace(err, trace);
    else err.stack = new Error().stack;
    const frames = String(err.stack || '').split('\n').slice(1)
      .filter((l) => l.trim() !== '' && !/^\s*at .*\(native\)$/.test(l) && !/\(node:console:/.test(l))
      .map((l) => l.replace(/^\s*at (.*?)\(\d+\)(\)?)$/, '    at $1$2').replace(/^\tat /, '    at '));
    this.error(`Trace: ${err.message}${frames.length ? `\n${frames.join('\n')}` : ''}`);
  },
  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      this.warn(...args);
    }
  },
  clear() {
    const st = this[kState];
    const stream = st.stdout === undefined ? process.stdout : st.stdout;
    if (stream && stream.isTTY && process.env.TERM !== 'dumb') stream.write('\u001b[1;1H\u001b[0J');
  },
  count(label = 'default') {
    label = `${label}`;
    const counts = this[kState].counts;
    const n = (counts.get(label) || 0) + 1;
    counts.set(label, n);
    this.log(`${label}: ${n}`);
  },
  countReset(label = 'default') {
    label = `${label}`;
    const counts = this[kState].counts;
    if (!counts.has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(label);
  },
  group(...data) {
    if (data.length > 0) this.log(...data);
    this[kState].indent += ' '.repeat(this[kState].groupIndentation);
  },
  groupEnd() {
    const st = this[kState];
    st.indent = st.indent.slice(0, st.indent.length - st.groupIndentation);
  },
  table(tabularData, properties) {
    if (properties !== undefined && !Array.isArray(properties)) {
      throw require('internal/errors').invalidArgType('properties', 'Array', properties);
    }
    if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);
    write(this[kState], false, tableData(this[kState], tabularData, properties));
  },
};
methods.debug = methods.log;
methods.info = methods.log;
methods.dirxml = methods.log;
methods.error = methods.warn;
methods.groupCollapsed = methods.group;

function timeLogImpl(self, name, label, data) {
  const start = self[kState].timers.get(label);
  if (start === undefined) {
    process.emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (data === undefined) self.log('%s: %s', label, formatTime(ms));
  else self.log('%s: %s', label, formatTime(ms), ...data);
  return true;
}

const order = ['log', 'warn', 'dir', 'time', 'timeEnd', 'timeLog', 'trace', 'assert', 'clear', 'count', 'countReset',
  'group', 'groupEnd', 'table', 'debug', 'info', 'dirxml', 'error', 'groupCollapsed'];

function newState(stdout, stderr, options) {
  return {
    stdout, stderr, ignoreErrors: options.ignoreErrors !== false,
    colorMode: options.colorMode === undefined ? 'auto' : options.colorMode,
    inspectOptions: options.inspectOptions,
    groupIndentation: options.groupIndentation === undefined ? 2 : options.groupIndentation,
    indent: '', counts: new Map(), timers: new Map(),
    outChecked: false, errChecked: false,
  };
}

// bindMethods binds each method to target, as node's constructor does:
// a subclass's own override of a method is the one bound.
function bindMethods(target) {
  for (const k of order) {
    const own = target[k];
    const fn = (typeof own === 'function' ? own : methods[k]).bind(target);
    Object.defineProperty(fn, 'name', { value: k });
    target[k] = fn;
  }
}

function Console(options, stderr, ignoreErrors) {
  if (!new.target) return Reflect.construct(Console, arguments);
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr, ignoreErrors };
  }
  const { stdout } = options;
  let err = options.stderr === undefined ? stdout : options.stderr;
  if (!stdout || typeof stdout.write !== 'function') {
    throw makeError('ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for stdout');
  }
  if (!err || typeof err.write !== 'function') {
    throw makeError('ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for stderr');
  }
  const errs = require('internal/errors');
  const { colorMode, inspectOptions, groupIndentation } = options;
  if (colorMode !== undefined && colorMode !== 'auto' && colorMode !== true && colorMode !== false) {
    throw errs.invalidArgValue('colorMode', colorMode, "must be one of: 'auto', true, false");
  }
  if (inspectOptions !== undefined) {
    errs.validateObject(inspectOptions, 'options.inspectOptions');
    if (inspectOptions.colors !== undefined && colorMode !== undefined) {
      throw errs.makeNodeError(TypeError, 'ERR_INCOMPATIBLE_OPTION_PAIR', 'Option "options.inspectOptions.color" cannot be used in combination with option "colorMode"');
    }
  }
  if (groupIndentation !== undefined) errs.validateInteger(groupIndentation, 'groupIndentation', 0, 1000);
  const state = newState(stdout, err, options);
  Object.defineProperty(this, kState, { value: state });
  defineStreams(this, state);
  bindMethods(this);
}
Object.assign(Console.prototype, methods);
Object.defineProperty(Console, Symbol.hasInstance, {
  value: (instance) => instance !== null && typeof instance === 'object' && instance[kState] !== undefined,
});

const globalConsole = Object.create({});
const globalState = newState(undefined, undefined, {});
Object.defineProperty(globalConsole, kState, { value: globalState });
defineStreams(globalConsole, globalState);
bindMethods(globalConsole);
globalConsole.Console = Console;
globalConsole.profile = function profile() {};
globalConsole.profileEnd = function profileEnd() {};
globalConsole.timeStamp = function timeStamp() {};
globalConsole.context = function context() {
  const c = Object.create({});
  const state = newState(undefined, undefined, {});
  Object.defineProperty(c, kState, { value: state });
  defineStreams(c, state);
  bindMethods(c);
  return c;
};
globalConsole.createTask = function createTask() {
  return { run: (fn) => fn() };
};
module.exports = globalConsole;
