'use strict';
// console: Node's Console over the runtime's stdout and stderr, formatting
// with util.format/inspect semantics.

const native = internalBinding('console');
let inspectMod;
function lib() {
  if (inspectMod === undefined) inspectMod = require('internal/inspect');
  return inspectMod;
}

function formatArgs(args) {
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
  return lib().formatWithOptions(formatOptions(), ...args);
}

let colorOpt;
function formatOptions() {
  if (colorOpt === undefined) colorOpt = { colors: false };
  return colorOpt;
}

const kCounts = Symbol('counts');
const kTimers = Symbol('timers');
const kGroupIndent = Symbol('groupIndent');

class Console {
  constructor(options, stderr, ignoreErrors) {
    if (!new.target) return new Console(options, stderr, ignoreErrors);
    let stdout = options;
    if (options && typeof options.write !== 'function' && options.stdout) {
      stdout = options.stdout;
      stderr = options.stderr;
    }
    if (!stdout || typeof stdout.write !== 'function') {
      const e = new TypeError('The "stdout" argument must be an instance of Stream.');
      e.code = 'ERR_CONSOLE_WRITABLE_STREAM';
      throw e;
    }
    this._stdout = stdout;
    this._stderr = stderr || stdout;
    this[kCounts] = new Map();
    this[kTimers] = new Map();
    this[kGroupIndent] = '';
    for (const k of Object.getOwnPropertyNames(Console.prototype)) {
      if (k !== 'constructor' && typeof this[k] === 'function') this[k] = this[k].bind(this);
    }
  }
  _write(toErr, s) {
    if (this[kGroupIndent]) s = this[kGroupIndent] + s.split('\n').join('\n' + this[kGroupIndent]);
    s += '\n';
    if (this._stdout === undefined) native.write(toErr ? 2 : 1, s);
    else (toErr ? this._stderr : this._stdout).write(s);
  }
  log(...args) { this._write(false, formatArgs(args)); }
  info(...args) { this._write(false, formatArgs(args)); }
  debug(...args) { this._write(false, formatArgs(args)); }
  warn(...args) { this._write(true, formatArgs(args)); }
  error(...args) { this._write(true, formatArgs(args)); }
  trace(...args) {
    const err = new Error(formatArgs(args));
    err.name = 'Trace';
    const stack = String(err.stack).split('\n').slice(2).map((l) => l.replace(/^\tat (.*?)\(\d+\)(\)?)$/, '    at $1$2')).join('\n');
    this._write(true, 'Trace: ' + err.message + (stack ? '\n' + stack : ''));
  }
  dir(obj, options) { this._write(false, lib().inspect(obj, Object.assign({ customInspect: false }, options))); }
  dirxml(...args) { this.log(...args); }
  assert(cond, ...args) {
    if (!cond) {
      args[0] = 'Assertion failed' + (args.length === 0 ? '' : ': ' + args[0]);
      this.warn(...args);
    }
  }
  count(label = 'default') {
    label = String(label);
    const n = (this[kCounts].get(label) || 0) + 1;
    this[kCounts].set(label, n);
    this.log(label + ': ' + n);
  }
  countReset(label = 'default') {
    label = String(label);
    if (!this[kCounts].has(label)) {
      process.emitWarning("Count for '" + label + "' does not exist");
      return;
    }
    this[kCounts].delete(label);
  }
  group(...data) {
    if (data.length > 0) this.log(...data);
    this[kGroupIndent] += '  ';
  }
  groupCollapsed(...data) { this.group(...data); }
  groupEnd() { this[kGroupIndent] = this[kGroupIndent].slice(0, this[kGroupIndent].length - 2); }
  time(label = 'default') {
    label = String(label);
    if (this[kTimers].has(label)) {
      process.emitWarning("Label '" + label + "' already exists for console.time()");
      return;
    }
    this[kTimers].set(label, process.hrtime.bigint());
  }
  timeEnd(label = 'default') {
    label = String(label);
    if (this._timeLog(label, 'timeEnd', [])) this[kTimers].delete(label);
  }
  timeLog(label = 'default', ...data) { this._timeLog(String(label), 'timeLog', data); }
  _timeLog(label, name, data) {
    const start = this[kTimers].get(label);
    if (start === undefined) {
      process.emitWarning("No such label '" + label + "' for console." + name + '()');
      return false;
    }
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    this.log(label + ': ' + formatTime(ms), ...data);
    return true;
  }
  table(data, props) {
    if (data === null || typeof data !== 'object') return this.log(data);
    this.log(renderTable(data, props));
  }
}

function formatTime(ms) {
  if (ms >= 1000 * 60 * 60) return (ms / 3600000).toFixed(3) + 'h';
  if (ms >= 1000 * 60) return (ms / 60000).toFixed(3) + 'min';
  if (ms >= 1000) return (ms / 1000).toFixed(3) + 's';
  return ms.toFixed(3) + 'ms';
}

function renderTable(data, props) {
  const inspect = (v) => lib().inspect(v, { depth: 1, breakLength: Infinity, compact: 3 });
  const indexKey = Array.isArray(data) ? '(index)' : '(index)';
  const rows = [];
  const cols = [];
  let hasValues = false;
  for (const k of Object.keys(data)) {
    const v = data[k];
    const row = { [indexKey]: k };
    if (v !== null && typeof v === 'object') {
      for (const c of Object.keys(v)) {
        if (props && !props.includes(c)) continue;
        if (!cols.includes(c)) cols.push(c);
        row[c] = inspect(v[c]);
      }
    } else {
      hasValues = true;
      row.Values = inspect(v);
    }
    rows.push(row);
  }
  const header = [indexKey, ...(props || cols)];
  if (hasValues) header.push('Values');
  const widths = header.map((h) => Math.max(h.length, ...rows.map((r) => (r[h] === undefined ? 0 : String(r[h]).length))) + 2);
  const pad = (s, w) => {
    s = s === undefined ? '' : String(s);
    const left = Math.floor((w - s.length) / 2);
    return ' '.repeat(left) + s + ' '.repeat(w - s.length - left);
  };
  const line = (l, m, r) => l + widths.map((w) => '─'.repeat(w)).join(m) + r;
  const out = [line('┌', '┬', '┐'), '│' + header.map((h, i) => pad(h, widths[i])).join('│') + '│', line('├', '┼', '┤')];
  for (const r of rows) out.push('│' + header.map((h, i) => pad(r[h], widths[i])).join('│') + '│');
  out.push(line('└', '┴', '┘'));
  return out.join('\n');
}

const globalConsole = Object.create(Console.prototype);
globalConsole[kCounts] = new Map();
globalConsole[kTimers] = new Map();
globalConsole[kGroupIndent] = '';
for (const k of Object.getOwnPropertyNames(Console.prototype)) {
  if (k !== 'constructor' && typeof Console.prototype[k] === 'function') globalConsole[k] = Console.prototype[k].bind(globalConsole);
}
globalConsole.Console = Console;
module.exports = globalConsole;
