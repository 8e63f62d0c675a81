'use strict';
// repl: a REPLServer is a readline Interface whose lines are evaluated. A
// line that leaves the code incomplete (a Recoverable error) is kept and
// the next lines are added to it; dot commands act on the session.
const { Interface } = require('readline');
const errors = require('internal/errors');
const { invalidArgType } = errors;
const native = internalBinding('repl');

const REPL_MODE_SLOPPY = Symbol('repl-sloppy');
const REPL_MODE_STRICT = Symbol('repl-strict');
const kBuffered = Symbol('bufferedCommand');
const kUnderscore = Symbol('underscoreAssigned');
const kErrorAssigned = Symbol('underscoreErrAssigned');
const kHistoryFile = Symbol('historyFile');

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

// Recoverable wraps the syntax error of code that more input may complete.
class Recoverable extends SyntaxError {
  constructor(err) {
    super();
    this.err = err;
  }
}

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
  this[kUnderscore] = false;
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

// defaultEval runs code as a script in the global scope: an object
// literal is tried in parentheses first; code that stops short of its end
// is Recoverable.
function defaultEval(code, context, file, cb) {
  let src = code;
  if (/^\s*\{/.test(src) && /\}\s*$/.test(src) && native.check('(' + src + ')') === '') src = '(' + src + ')';
  if (this.replMode === REPL_MODE_STRICT) src = "'use strict'; " + src;
  const res = native.run(src, file);
  if (res.syntax !== undefined && !res.incomplete && /\bawait\b/.test(code)) {
    if (evalAwait(code, file, this.replMode === REPL_MODE_STRICT, cb)) return;
  }
  if (res.syntax !== undefined) {
    if (res.incomplete) return cb(new Recoverable(new SyntaxError(res.syntax)));
    return cb(syntaxError(code, res, this.replMode === REPL_MODE_STRICT ? 14 : 0));
  }
  if ('error' in res) return cb(res.error);
  cb(null, res.value);
}

const asyncErrors = new WeakSet();
const declaration = /^(\s*)(?:let|const|var)\s+([A-Za-z_$][\w$]*)\s*=/gm;

// evalAwait runs code that uses await outside a function in an async
// function: as one expression whose value is awaited when it is one, else
// as statements, with the variables declared at the start of a line made
// global variables so that later lines see them. It reports false when
// the code does not compile that way either.
function evalAwait(code, file, strict, cb) {
  const use = strict ? "'use strict'; " : '';
  const body = code.trim().replace(/;$/, '');
  let src = '(async () => (' + body + '\n))()';
  if (native.check(src) !== '') {
    const names = [];
    const stmts = code.replace(declaration, (m, indent, name) => {
      names.push(name);
      return indent + name + ' =';
    });
    src = '(async () => { ' + use + stmts + '\n})()';
    const st = native.check(src);
    if (st === '') src = withCompletion(use, stmts) || src;
    if (st === 'incomplete') {
      cb(new Recoverable(new SyntaxError('Unexpected end of input')));
      return true;
    }
    if (st !== '') return false;
    if (names.length) native.run('var ' + names.join(', ') + ';', file);
  } else if (use) {
    src = '(async () => { ' + use + 'return (' + body + '\n); })()';
  }
  const res = native.run(src, file);
  if ('error' in res) {
    cb(res.error);
    return true;
  }
  Promise.resolve(res.value).then((v) => cb(null, v), (e) => {
    if (e !== null && typeof e === 'object') asyncErrors.add(e);
    cb(e);
  });
  return true;
}

// withCompletion returns the async function for statements whose last
// one is an expression, returning that expression's value (the value the
// REPL prints), or '' when the last statement is not an expression.
function withCompletion(use, stmts) {
  const body = stmts.replace(/[\s;]+$/, '');
  for (let i = body.length - 1; i >= 0; i--) {
    const c = body[i];
    if (c !== ';' && c !== '\n' && c !== '}') continue;
    const head = body.slice(0, i + 1);
    const last = body.slice(i + 1);
    if (last.trim() === '' || /^\s*(?:let|const|var|function|class|if|for|while|do|try|switch|return|throw|import|export)\b/.test(last)) return '';
    const src = '(async () => { ' + use + head + '\nreturn (' + last + '\n);\n})()';
    if (native.check(src) === '') return src;
  }
  return '';
}

const kSourceLine = Symbol('sourceLine');

// syntaxError makes the SyntaxError node reports for code that cannot
// compile, in V8's words, with the offending line and a caret under the
// token (shift is the length of a prefix added to the first line).
function syntaxError(code, res, shift) {
  const lines = code.split('\n');
  const line = lines[res.line - 1] || lines[0];
  let col = res.column - 1 - (res.line === 1 ? shift : 0);
  if (col < 0) col = 0;
  let msg = res.syntax;
  let width = 1;
  const tok = /^Unexpected token (.+)$/.exec(msg);
  const word = /^[A-Za-z0-9_$\u0080-\uffff]+/.exec(line.slice(col));
  if (msg === 'Unexpected token ILLEGAL') {
    msg = 'Invalid or unexpected token';
    col = 0;
    width = line.length;
  } else if (msg === 'Unexpected identifier' && word) {
    msg = "Unexpected identifier '" + word[0] + "'";
    width = word[0].length;
  } else if (tok && tok[1] !== 'ILLEGAL') {
    msg = "Unexpected token '" + tok[1] + "'";
    width = tok[1].length;
  }
  const err = new SyntaxError(msg);
  err[kSourceLine] = line + '\n' + ' '.repeat(col) + '^'.repeat(Math.max(width, 1)) + '\n\n';
  return err;
}

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
    self[kHistoryFile] = historyFile;
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

function defineDefaultCommands(repl) {
  repl.defineCommand('break', {
    help: 'Sometimes you get stuck, this gets you out',
    action() {
      this.clearBufferedCommand();
      this.displayPrompt();
    },
  });
  repl.defineCommand('clear', {
    help: 'Break, and also clear the local context',
    action() {
      this.clearBufferedCommand();
      if (!this.useGlobal) {
        this.output.write('Clearing context...\n');
        this.resetContext();
      }
      this.displayPrompt();
    },
  });
  repl.defineCommand('exit', {
    help: 'Exit the REPL',
    action() {
      this.close();
    },
  });
  repl.defineCommand('help', {
    help: 'Print this help message',
    action() {
      const names = Object.keys(this.commands).sort();
      const longest = Math.max(...names.map((n) => n.length));
      for (const name of names) {
        const cmd = this.commands[name];
        const spaces = ' '.repeat(longest - name.length + 3);
        this.output.write('.' + name + (cmd.help ? spaces + cmd.help : '') + '\n');
      }
      this.output.write('\nPress Ctrl+C to abort current expression, Ctrl+D to exit the REPL\n');
      this.displayPrompt();
    },
  });
  repl.defineCommand('save', {
    help: 'Save all evaluated commands in this REPL session to a file',
    action(file) {
      try {
        require('fs').writeFileSync(file, this.lines.join('\n'));
        this.output.write('Session saved to: ' + file + '\n');
      } catch {
        this.output.write('Failed to save: ' + file + '\n');
      }
      this.displayPrompt();
    },
  });
  repl.defineCommand('load', {
    help: 'Load JS from a file into the REPL session',
    action(file) {
      let data;
      try {
        const fs = require('fs');
        if (!fs.statSync(file).isFile()) {
          this.output.write('Failed to load: ' + file + ' is not a valid file\n');
          this.displayPrompt();
          return;
        }
        data = fs.readFileSync(file, 'utf8');
      } catch {
        this.output.write('Failed to load: ' + file + '\n');
        this.displayPrompt();
        return;
      }
      // The file's lines are gathered as in editor mode and evaluated
      // together once the newline after them arrives.
      this.editorMode = true;
      this.write(data);
      this.editorMode = false;
      this.write('\n');
      this.displayPrompt();
    },
  });
}

// isValidSyntax reports whether code compiles.
function isValidSyntax(code) {
  return native.check(String(code)) === '';
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
