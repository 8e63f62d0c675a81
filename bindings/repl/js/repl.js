'use strict';
// repl: a REPLServer is a readline Interface whose lines are evaluated. A
// line that leaves the code incomplete (a Recoverable error) is kept and
// the next lines are added to it; dot commands act on the session.
const { Interface } = require('readline');
const errors = require('internal/errors');
const { invalidArgType } = errors;
const { defineDefaultCommands } = require('internal/repl/commands');
const { Recoverable, defaultEval, asyncErrors, kSourceLine, REPL_MODE_SLOPPY, REPL_MODE_STRICT } = require('internal/repl/eval');

const kBuffered = Symbol('bufferedCommand');
const kErrorAssigned = Symbol('underscoreErrAssigned');

let inspect;
function util() {
  if (!inspect) inspect = require('util').inspect;
  return inspect;
}

// writer is the default writer: util.inspect with the REPL's options.
function writer(obj) {
  return util()(obj, writer.options);
}
writer.options = { showProxy: true };

let evalCount = 0;

function REPLServer(prompt, stream, evalFn, useGlobal, ignoreUndefined, replMode) {
  if (!(this instanceof REPLServer)) {
    return new REPLServer(prompt, stream, evalFn, useGlobal, ignoreUndefined, replMode);
  }
  let options;
  if (prompt !== null && typeof prompt === 'object') {
    options = Object.assign({}, prompt);
    stream = options.stream || options.socket;
    evalFn = options.eval;
    useGlobal = options.useGlobal;
    ignoreUndefined = options.ignoreUndefined;
    prompt = options.prompt;
    replMode = options.replMode;
  } else {
    options = {};
  }
  if (options.breakEvalOnSigint && evalFn) {
    throw errors.makeNodeError(TypeError, 'ERR_INVALID_REPL_EVAL_CONFIG', 'Cannot specify both "breakEvalOnSigint" and "eval" for REPL');
  }
  const input = options.input || (stream && stream.input) || stream || process.stdin;
  const output = options.output || (stream && stream.output) || stream || process.stdout;
  if (prompt === undefined) prompt = '> ';

  this.useGlobal = !!useGlobal;
  this.ignoreUndefined = !!ignoreUndefined;
  this.replMode = replMode || REPL_MODE_SLOPPY;
  this.breakEvalOnSigint = !!options.breakEvalOnSigint;
  this.editorMode = false;
  this.underscoreAssigned = false;
  this.last = undefined;
  this.lastError = undefined;
  this.lines = [];
  this.lines.level = [];
  this.commands = Object.create(null);
  this._initialPrompt = prompt;
  this[kBuffered] = '';
  this[kErrorAssigned] = false;
  this.eval = evalFn || defaultEval;

  Interface.call(this, {
    input, output, terminal: options.terminal, prompt, historySize: options.historySize,
    completer: options.completer,
  });
  this.useColors = options.useColors === undefined ? this.terminal : !!options.useColors;
  this.writer = options.writer || writer;
  if (this.writer === writer) writer.options = Object.assign({}, writer.options, { colors: this.useColors });

  defineDefaultCommands(this);
  this.resetContext();

  const self = this;
  this.on('close', function emitExit() {
    self.emit('exit');
  });
  this.on('line', function onLine(cmd) {
    self._onReplLine(cmd);
  });
  this.displayPrompt();
}
Object.setPrototypeOf(REPLServer.prototype, Interface.prototype);
Object.setPrototypeOf(REPLServer, Interface);

REPLServer.prototype._onReplLine = function _onReplLine(cmd) {
  cmd = cmd || '';
  const trimmed = cmd.trim();
  if (trimmed.charAt(0) === '.' && trimmed.charAt(1) !== '.' && Number.isNaN(Number.parseFloat(trimmed))) {
    const m = /^\.([^\s]+)\s*(.*)$/.exec(trimmed);
    if (m && this.parseREPLKeyword(m[1], m[2])) return;
    if (!this[kBuffered]) {
      this.output.write('Invalid REPL keyword\n');
      this.displayPrompt();
      return;
    }
  }
  if (this.editorMode) {
    this[kBuffered] += cmd + '\n';
    return;
  }
  const code = this[kBuffered] + cmd + '\n';
  const self = this;
  if (trimmed === '' && !this[kBuffered]) {
    this.displayPrompt();
    return;
  }
  this.eval(code, this.context, 'REPL' + ++evalCount, function finish(err, result) {
    if (err instanceof Recoverable) {
      self[kBuffered] = code;
      self.displayPrompt();
      return;
    }
    self.clearBufferedCommand();
    self.lines.push(code.replace(/\n$/, ''));
    if (err !== null && err !== undefined) {
      self._reportError(err);
      self.displayPrompt();
      return;
    }
    if (!self.underscoreAssigned) self.last = result;
    if (!(self.ignoreUndefined && result === undefined)) self.output.write(self.writer(result) + '\n');
    self.displayPrompt();
  });
};

REPLServer.prototype._reportError = function _reportError(e) {
  if (!this[kErrorAssigned]) this.lastError = e;
  let text;
  if (e !== null && typeof e === 'object' && typeof e.stack === 'string' && !(kSourceLine in e)) {
    // The frames from the REPL's own call of the code on are not the
    // user's: the error is shown without them, and without the brackets
    // inspect puts around an error with no frames.
    const desc = Object.getOwnPropertyDescriptor(e, 'stack');
    const lines = e.stack.split('\n');
    let cut = -1;
    for (let i = lines.length - 1; i > 0; i--) {
      if (/^\s+at (?:.* \()?REPL\d+:/.test(lines[i])) {
        // The code's top-level frame goes too, unless the code ran in the
        // async function of an await, where it is the user's last frame.
        cut = asyncErrors.has(e) ? i + 1 : i;
        break;
      }
    }
    if (cut === -1) cut = lines.findIndex((l) => /\(?node:repl:/.test(l));
    try {
      if (cut !== -1) e.stack = lines.slice(0, cut).join('\n');
      text = this.writer(e);
    } finally {
      if (cut !== -1) {
        if (desc) Object.defineProperty(e, 'stack', desc);
        else delete e.stack;
      }
    }
    if (text[0] === '[' && text[text.length - 1] === ']') text = text.slice(1, -1);
  } else {
    text = this.writer(e);
  }
  if (e !== null && typeof e === 'object' && typeof e[kSourceLine] === 'string') {
    this.output.write(e[kSourceLine] + 'Uncaught SyntaxError: ' + e.message + '\n');
    return;
  }
  this.output.write('Uncaught ' + text + '\n');
};

// close closes the interface on the next tick, as node's REPL does: the
// 'exit' event follows what the current tick writes.
REPLServer.prototype.close = function close() {
  process.nextTick(() => Interface.prototype.close.call(this));
};

REPLServer.prototype.parseREPLKeyword = function parseREPLKeyword(keyword, rest) {
  const cmd = this.commands[keyword];
  if (cmd) {
    cmd.action.call(this, rest);
    return true;
  }
  return false;
};

// createContext returns the context code runs in: the global object.
REPLServer.prototype.createContext = function createContext() {
  const context = globalThis;
  const self = this;
  const { Module, createRequire } = require('module');
  const replModule = new Module('<repl>');
  Object.defineProperty(context, 'module', { configurable: true, writable: true, value: replModule });
  Object.defineProperty(context, 'require', {
    configurable: true, writable: true, value: createRequire(require('path').join(process.cwd(), '<repl>')),
  });
  addBuiltinModules(context);
  Object.defineProperty(context, '_', {
    configurable: true,
    get: () => self.last,
    set: (value) => {
      self.last = value;
      if (!self.underscoreAssigned) {
        self.underscoreAssigned = true;
        self.output.write('Expression assignment to _ now disabled.\n');
      }
    },
  });
  Object.defineProperty(context, '_error', {
    configurable: true,
    get: () => self.lastError,
    set: (value) => {
      self.lastError = value;
      if (!self[kErrorAssigned]) {
        self[kErrorAssigned] = true;
        self.output.write('Expression assignment to _error now disabled.\n');
      }
    },
  });
  return context;
};

// addBuiltinModules makes each core module a global of context, loaded
// the first time it is read; assigning the name replaces it. Names the
// context already has, and sub-paths such as fs/promises, are left alone.
function addBuiltinModules(context) {
  for (const name of require('module').builtinModules) {
    if (name.startsWith('_') || name.includes('/') || Object.prototype.hasOwnProperty.call(context, name)) continue;
    const replace = (value) => {
      delete context[name];
      context[name] = value;
    };
    Object.defineProperty(context, name, {
      configurable: true,
      enumerable: false,
      get() {
        const lib = require(name);
        Object.defineProperty(context, name, { configurable: true, enumerable: false, get: () => lib, set: replace });
        return lib;
      },
      set: replace,
    });
  }
}

// resetContext makes a fresh context and emits 'reset' with it.
REPLServer.prototype.resetContext = function resetContext() {
  this.context = this.createContext();
  this.underscoreAssigned = false;
  this[kErrorAssigned] = false;
  this.lines = [];
  this.lines.level = [];
  this.emit('reset', this.context);
};

REPLServer.prototype.displayPrompt = function displayPrompt(preserveCursor) {
  let prompt = this._initialPrompt;
  if (this[kBuffered].length) prompt = '... ';
  this._prompt = prompt;
  if (!this.closed) this.prompt(preserveCursor);
};

REPLServer.prototype.clearBufferedCommand = function clearBufferedCommand() {
  this[kBuffered] = '';
};

REPLServer.prototype.defineCommand = function defineCommand(keyword, cmd) {
  if (typeof cmd === 'function') cmd = { action: cmd };
  else if (cmd === null || typeof cmd !== 'object' || typeof cmd.action !== 'function') {
    throw invalidArgType('cmd.action', 'function', cmd && cmd.action);
  }
  this.commands[keyword] = cmd;
};

// setupHistory loads the history file (newest entry first, one a line)
// and writes it again after every entered line.
REPLServer.prototype.setupHistory = function setupHistory(historyFile, cb) {
  if (typeof cb !== 'function') cb = () => {};
  const fs = require('fs');
  const self = this;
  if (typeof historyFile !== 'string' || historyFile.trim() === '') {
    process.nextTick(cb, null, this);
    return;
  }
  fs.readFile(historyFile, 'utf8', (err, data) => {
    if (err && err.code !== 'ENOENT') return cb(err);
    if (data) self.history = data.split(/[\n\r]+/).filter((l) => l !== '').slice(0, self.historySize);
    self.on('line', function recordHistory(line) {
      if (!self.terminal || line.trim() === '') return;
      if (self.history[0] !== line) self.history.unshift(line);
      if (self.history.length > self.historySize) self.history.length = self.historySize;
      try {
        fs.writeFileSync(historyFile, self.history.join('\n'), { mode: 0o600 });
      } catch (e) {
        self.emit('error', e);
      }
    });
    cb(null, self);
  });
};

// isValidSyntax reports whether code compiles.
function isValidSyntax(code) {
  return require('internal/repl/eval').check(String(code)) === '';
}

function start(prompt, source, evalFn, useGlobal, ignoreUndefined, replMode) {
  return new REPLServer(prompt, source, evalFn, useGlobal, ignoreUndefined, replMode);
}

module.exports = {
  start, writer, REPLServer, REPL_MODE_SLOPPY, REPL_MODE_STRICT, Recoverable, isValidSyntax,
};
Object.defineProperty(module.exports, 'builtinModules', {
  get() { return require('module').builtinModules.filter((m) => !m.startsWith('_')); },
  enumerable: true,
  configurable: true,
});
