'use strict';
// readline: an Interface reads lines from any Readable and emits 'line';
// question() and prompt() write to the output. In terminal mode the input's
// keypresses drive the line editor of internal/readline/terminal.
const EventEmitter = require('events');
const errors = require('internal/errors');
const keys = require('internal/readline/keys');
const terminalMode = require('internal/readline/terminal');
const { invalidArgType, invalidArgValue, makeNodeError, abortError } = errors;

let StringDecoder;
const kQuestion = Symbol('questionCallback');
const { kAsk, kQuestionCancel } = terminalMode;
const kLineBuffer = Symbol('lineBuffer');
const kSawReturnAt = Symbol('sawReturnAt');
const kDecoder = Symbol('decoder');
const kIterator = Symbol('iterator');
const kOnData = Symbol('onData');
const kOnEnd = Symbol('onEnd');
const kOldPrompt = Symbol('oldPrompt');
const kOnError = Symbol('onError');
// kInputDecoder holds, on a terminal input stream, the decoder every
// terminal interface over that stream shares: a character split across
// two interfaces' reads is not lost.
const kInputDecoder = Symbol('inputDecoder');
const kFirstEventParam = Symbol.for('jsproc.events.firstEventParam');
const kPushEvents = Symbol.for('jsproc.events.pushEvents');
const kEventHandler = Symbol.for('jsproc.events.handler');
// kDivert is the method of a Go-backed stream (a child's pipe, a socket,
// process.stdin, an fs.ReadStream) that hands its bytes to a Go consumer
// in place of its 'data' events.
const kDivert = Symbol.for('jsproc.stream.divert');
// kReader holds the Go line reader while the input's lines are split in
// Go (see lines.go); undefined on the JS path.
const kReader = Symbol('lineReader');
// kLineHandler holds the one 'line' listener while emitLines calls it,
// or _onLine once a listener asked a question.
const kLineHandler = Symbol('lineHandler');
// kWaitResume is set while held chunks wait for the input's 'resume',
// which calls kOnResume.
const kWaitResume = Symbol('waitResume');
const kOnResume = Symbol('onResume');

let nativeBinding;
function native() {
  if (nativeBinding === undefined) nativeBinding = internalBinding('readline');
  return nativeBinding;
}

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  EventEmitter.call(this);
  let historySize;
  let crlfDelay;
  let prompt = '> ';
  let signal;
  let escapeCodeTimeout;
  let tabSize;
  let removeHistoryDuplicates = false;
  let history;
  if (input && input.input) {
    // An options object.
    const o = input;
    output = o.output;
    completer = o.completer;
    terminal = o.terminal;
    historySize = o.historySize;
    signal = o.signal;
    if (o.prompt !== undefined) prompt = o.prompt;
    crlfDelay = o.crlfDelay;
    escapeCodeTimeout = o.escapeCodeTimeout;
    tabSize = o.tabSize;
    history = o.history;
    removeHistoryDuplicates = !!o.removeHistoryDuplicates;
    input = o.input;
  }
  if (tabSize === undefined) tabSize = 8;
  else errors.validateInteger(tabSize, 'tabSize', 1, 4294967295);
  if (completer !== undefined && typeof completer !== 'function') {
    throw invalidArgValue('completer', completer);
  }
  if (signal) errors.validateAbortSignal(signal, 'options.signal');
  if (history === undefined) history = [];
  else if (!Array.isArray(history)) throw errors.invalidArgType('history', 'Array', history);
  if (historySize === undefined) historySize = 30;
  errors.validateNumber(historySize, 'historySize', 0);
  if (terminal === undefined && !(output === null || output === undefined)) terminal = !!output.isTTY;
  this.escapeCodeTimeout = 500;
  if (escapeCodeTimeout !== undefined) {
    if (!Number.isFinite(escapeCodeTimeout)) throw invalidArgValue('input.escapeCodeTimeout', this.escapeCodeTimeout);
    this.escapeCodeTimeout = escapeCodeTimeout;
  }
  this.line = '';
  this.output = output;
  this.input = input;
  this.history = history;
  this.historySize = historySize;
  this.crlfDelay = crlfDelay ? Math.max(100, crlfDelay) : 100;
  if (typeof completer === 'function' && completer.length !== 2 && !this[terminalMode.kPromiseCompleter]) {
    // The legacy interface calls the completer with a callback; one that
    // takes only the line returns its completions.
    const returning = completer;
    completer = (v, cb) => cb(null, returning(v));
  }
  this.completer = completer;
  this.terminal = !!terminal;
  this.tabSize = tabSize;
  this.removeHistoryDuplicates = removeHistoryDuplicates;
  this.closed = false;
  this.paused = undefined;
  this._prompt = prompt;
  this[kLineBuffer] = '';
  this[kSawReturnAt] = 0;
  this[kReader] = undefined;
  this[kQuestion] = null;
  if (!StringDecoder) StringDecoder = require('string_decoder').StringDecoder;
  if (this.terminal) {
    if (!input[kInputDecoder]) input[kInputDecoder] = new StringDecoder('utf8');
    this[kDecoder] = input[kInputDecoder];
  } else {
    this[kDecoder] = new StringDecoder('utf8');
  }

  const self = this;
  this[kOnData] = function ondata(data) {
    self._normalWrite(data);
  };
  this[kOnEnd] = function onend() {
    const reader = self[kReader];
    if (reader !== undefined) {
      const line = reader.finish();
      if (line !== undefined) self._onLine(line);
      self.close();
      return;
    }
    // As node's: bytes of a character the input never finished are
    // dropped, not decoded.
    if (typeof self[kLineBuffer] === 'string' && self[kLineBuffer].length > 0) {
      const line = self[kLineBuffer];
      self[kLineBuffer] = '';
      self._onLine(line);
    }
    self.close();
  };
  this[kOnError] = function onerror(err) {
    self.emit('error', err);
  };
  input.on('error', this[kOnError]);
  if (this.terminal) {
    if (process.env.TERM === 'dumb') this._ttyWrite = terminalMode.ttyWriteDumb.bind(this);
    terminalMode.setup(this, input, output);
  } else {
    if (!divertInput(this)) input.on('data', this[kOnData]);
    input.on('end', this[kOnEnd]);
  }
  if (signal) {
    const onAbort = () => self.close();
    if (signal.aborted) process.nextTick(onAbort);
    else {
      signal.addEventListener('abort', onAbort, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }
  input.resume();
}
Object.setPrototypeOf(Interface.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Interface, EventEmitter);

// ---- lines split in Go ---------------------------------------------------------
// Over a Go-backed input that nothing else has read, the input's bytes go
// to a Go line reader instead of 'data' events, and each chunk's lines
// come back in one call (onLines). The moment the input is no longer the
// Interface's alone (a 'data' or 'readable' listener, setEncoding, a pause
// from outside, buffered data) or the Interface writes its own input
// (write()), the reader gives the input back: the unfinished line and
// the \r time move to the JS splitter, held chunks go to the stream, and
// readline's 'data' listener, first as it would have been, takes it from
// there.

function divertInput(rl) {
  const input = rl.input;
  if (rl.terminal || typeof input[kDivert] !== 'function' || !inputIsOurs(input)) return false;
  if (input.readableFlowing !== null || rl._normalWrite !== Interface.prototype._normalWrite) return false;
  const reader = native().lineReader(rl, accept, onLines, rl.crlfDelay);
  rl[kWaitResume] = false;
  rl[kOnResume] = onInputResume.bind(rl);
  if (!input[kDivert](reader.diverter)) return false;
  rl[kReader] = reader;
  return true;
}

function inputIsOurs(input) {
  return input.listenerCount('data') === 0 && input.listenerCount('readable') === 0 &&
    !input.readableEncoding && input.readableLength === 0 && !input.destroyed && !input.readableEnded;
}

// accept runs before each chunk (of size bytes) is split: 0 to split it,
// 3 to split it into one array of lines (for a for-await iterator), 1 to
// hold it until the paused input resumes (when its buffered data would
// flow), 2 once the input went back to the JS path.
function accept(size) {
  const input = this.input;
  if (!inputIsOurs(input)) {
    leaveGo(this, true);
    return 2;
  }
  if (input.readableFlowing === true) {
    // A socket counts what it reads (bytesRead) as its onread would.
    if (typeof input._bytesRead === 'number') input._bytesRead += size;
    return this[kIterator] !== undefined ? 3 : 0;
  }
  if (!this[kWaitResume]) {
    this[kWaitResume] = true;
    input.on('resume', this[kOnResume]);
  }
  return 1;
}

function onInputResume() {
  const rl = this;
  rl[kWaitResume] = false;
  rl.input.removeListener('resume', rl[kOnResume]);
  const reader = rl[kReader];
  if (reader !== undefined) reader.resume();
}

// onLines takes the lines of one chunk as arrays of lines: one array for
// a for-await iterator (which queues it as it is), else arrays of at most
// 255 lines (see segments in split.go).
function onLines(batches) {
  const nb = batches.length;
  for (let b = 0; b < nb; b++) emitLines(this, batches[b]);
}

// emitLines emits lines. As node's readline, it emits all of a chunk's
// lines, whatever a listener does meanwhile (pause, close). A plain 'line'
// listener is called as a method (cheaper than emit or call()) for as
// long as it stays the only one; a for-await iterator that is the only
// listener takes the lines in bulk.
function emitLines(rl, lines) {
  const n = lines.length;
  let i = 0;
  const plain = rl._onLine === onLineProto && !capturesRejections(rl);
  while (i < n) {
    const events = rl._events;
    const handler = events !== undefined ? events.line : undefined;
    if (plain && typeof handler === 'function' && rl[kQuestion] === null) {
      const it = rl[kIterator];
      if (it !== undefined && handler === it[kEventHandler]) {
        i = it[kPushEvents](lines, i);
        continue;
      }
      // Until the listeners change. A question asked meanwhile makes
      // kLineHandler _onLine, which hands the next line to its callback.
      rl[kLineHandler] = handler;
      do rl[kLineHandler](lines[i++]);
      while (i < n && rl._events.line === handler);
      rl[kLineHandler] = undefined;
      continue;
    }
    rl._onLine(lines[i++]);
  }
}

// leaveGo gives the input back to the JS path; listen says whether
// readline goes on reading it (not after close()).
function leaveGo(rl, listen) {
  const reader = rl[kReader];
  if (reader === undefined || rl.closed) return;
  if (rl[kWaitResume]) {
    rl[kWaitResume] = false;
    rl.input.removeListener('resume', rl[kOnResume]);
  }
  if (listen) {
    rl[kReader] = undefined;
    const state = reader.takeState();
    rl[kLineBuffer] = rl[kDecoder].write(state[0]);
    rl[kSawReturnAt] = state[1];
    rl.input.prependListener('data', rl[kOnData]);
  }
  reader.release();
}


Object.defineProperty(Interface.prototype, 'columns', {
  configurable: true,
  enumerable: true,
  get() { return this.output && this.output.columns ? this.output.columns : Infinity; },
});

Interface.prototype.setPrompt = function setPrompt(prompt) {
  this._prompt = prompt;
};

Interface.prototype.getPrompt = function getPrompt() {
  return this._prompt;
};

Interface.prototype._writeToOutput = function _writeToOutput(s) {
  if (typeof s !== 'string') throw invalidArgType('stringToWrite', 'string', s);
  if (this.output !== null && this.output !== undefined) this.output.write(s);
};

Interface.prototype.prompt = function prompt(preserveCursor) {
  if (this.paused) this.resume();
  if (this.closed) throw makeNodeError(Error, 'ERR_USE_AFTER_CLOSE', 'readline was closed');
  if (this.terminal && process.env.TERM !== 'dumb') {
    if (!preserveCursor) this.cursor = 0;
    this._refreshLine();
  } else {
    this._writeToOutput(this._prompt);
  }
};

Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options !== null && typeof options === 'object' && options.signal) {
    const signal = options.signal;
    errors.validateAbortSignal(signal, 'options.signal');
    if (signal.aborted) return;
    const onAbort = () => this[kQuestionCancel]();
    signal.addEventListener('abort', onAbort, { once: true });
    const cleanup = () => signal.removeEventListener('abort', onAbort);
    const orig = cb;
    cb = typeof orig === 'function' ? (answer) => {
      cleanup();
      return orig(answer);
    } : cleanup;
  }
  if (typeof cb === 'function') this[kAsk](query, cb);
};

// kAsk shows query as the prompt and hands the next line to cb.
Interface.prototype[kAsk] = function ask(query, cb) {
  if (this.closed) throw makeNodeError(Error, 'ERR_USE_AFTER_CLOSE', 'readline was closed');
  if (this[kQuestion]) {
    this.prompt();
    return;
  }
  this[kOldPrompt] = this._prompt;
  this.setPrompt(query);
  this[kQuestion] = cb;
  if (this[kLineHandler] !== undefined) this[kLineHandler] = onLineProto;
  this.prompt();
};

// kQuestionCancel drops the pending question and its prompt.
Interface.prototype[kQuestionCancel] = function questionCancel() {
  if (this[kQuestion]) {
    this[kQuestion] = null;
    this.setPrompt(this[kOldPrompt]);
    this.clearLine();
  }
};

// util.promisify(rl.question) resolves with the answer, and rejects with
// an AbortError when options.signal aborts first.
Object.defineProperty(Interface.prototype.question, Symbol.for('nodejs.util.promisify.custom'), {
  configurable: true,
  enumerable: false,
  writable: true,
  value: function question(query, options) {
    if (options === null || typeof options !== 'object') options = {};
    const signal = options.signal;
    if (signal && signal.aborted) return Promise.reject(abortError(signal.reason));
    return new Promise((resolve, reject) => {
      let cb = resolve;
      if (signal) {
        const onAbort = () => reject(abortError(signal.reason));
        signal.addEventListener('abort', onAbort, { once: true });
        cb = (answer) => {
          signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      this.question(query, options, cb);
    });
  },
});

Interface.prototype._onLine = function _onLine(line) {
  const cb = this[kQuestion];
  if (cb) {
    this[kQuestion] = null;
    this.setPrompt(this[kOldPrompt]);
    cb(line);
    return;
  }
  // With a single plain 'line' listener, call it directly: emit's rest
  // arguments cost an array per line. Rejection capture needs emit.
  const events = this._events;
  const handler = events !== undefined ? events.line : undefined;
  if (typeof handler === 'function' && !capturesRejections(this)) {
    handler.call(this, line);
    return;
  }
  this.emit('line', line);
};

const onLineProto = Interface.prototype._onLine;

let kCaptureSymbol;
function capturesRejections(ee) {
  if (kCaptureSymbol === undefined) {
    kCaptureSymbol = Object.getOwnPropertySymbols(ee).find((sym) => sym.description === 'kCapture') || null;
  }
  if (kCaptureSymbol === null) return EventEmitter.captureRejections === true;
  return ee[kCaptureSymbol] === true;
}

// _normalWrite splits decoded input at \n, \r\n and \r. A \r at the end of
// a chunk swallows a \n that starts the next chunk within crlfDelay.
Interface.prototype._normalWrite = function _normalWrite(b) {
  if (b === undefined) return;
  let s = typeof b === 'string' ? b : this[kDecoder].write(b);
  if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
    if (s.charCodeAt(0) === 10) s = s.slice(1);
    this[kSawReturnAt] = 0;
  }
  if (s.length === 0) return;
  const hasCR = s.indexOf('\r') !== -1;
  if (hasCR && s.charCodeAt(s.length - 1) === 13) this[kSawReturnAt] = Date.now();
  let start = 0;
  let buffered = this[kLineBuffer];
  if (!hasCR) {
    // Fast path: only \n ends lines. One split beats a loop of indexOf
    // and slice calls on the string.
    const parts = s.split('\n');
    const last = parts.length - 1;
    if (last === 0) {
      this[kLineBuffer] = buffered + s;
      return;
    }
    this[kLineBuffer] = '';
    parts[0] = buffered + parts[0];
    for (let i = 0; i < last; i++) this._onLine(parts[i]);
    this[kLineBuffer] = parts[last];
    return;
  }
  this[kLineBuffer] = '';
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    const line = buffered + s.slice(start, i);
    buffered = '';
    if (c === 13 && i + 1 < n && s.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
    this._onLine(line);
  }
  this[kLineBuffer] = buffered + s.slice(start);
};

Interface.prototype.close = function close() {
  if (this.closed) return;
  this.pause();
  leaveGo(this, false);
  if (this.terminal) this._setRawMode(false);
  this.closed = true;
  this.input.removeListener('data', this[kOnData]);
  this.input.removeListener('end', this[kOnEnd]);
  this.input.removeListener('error', this[kOnError]);
  this.emit('close');
};

Interface.prototype.pause = function pause() {
  if (this.paused) return;
  this.input.pause();
  this.paused = true;
  this.emit('pause');
  return this;
};

Interface.prototype.resume = function resume() {
  if (!this.paused) return;
  this.input.resume();
  this.paused = false;
  this.emit('resume');
  return this;
};

Interface.prototype.write = function write(d, key) {
  if (this.closed) return;
  if (this.paused) this.resume();
  leaveGo(this, true);
  if (this.terminal) this._ttyWrite(d, key);
  else this._normalWrite(typeof d === 'string' ? d : d === undefined ? undefined : String(d));
};

Object.assign(Interface.prototype, terminalMode.methods);

// Async iteration is events.on over 'line' until 'close': lines queue up
// until the loop body asks for them, the input pauses while more than 1024
// wait and resumes once the queue is empty, and an 'error' (the input's
// included) rejects.
Interface.prototype[Symbol.asyncIterator] = function () {
  if (this[kIterator]) return this[kIterator];
  this[kIterator] = EventEmitter.on(this, 'line', { close: ['close'], highWaterMark: 1024, [kFirstEventParam]: true });
  return this[kIterator];
};

// ---- cursor helpers ------------------------------------------------------------

const CSI = '\x1b[';

function writeOrCallback(stream, data, callback) {
  if (stream === null || stream === undefined) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  return stream.write(data, callback);
}

function cursorTo(stream, x, y, callback) {
  if (callback !== undefined && typeof callback !== 'function') throw invalidArgType('callback', 'function', callback);
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw invalidArgValue('x', x);
  if (Number.isNaN(y)) throw invalidArgValue('y', y);
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  if (typeof x !== 'number') throw invalidArgValue('x', x);
  const data = typeof y !== 'number' ? CSI + (x + 1) + 'G' : CSI + (y + 1) + ';' + (x + 1) + 'H';
  return stream.write(data, callback);
}

function moveCursor(stream, dx, dy, callback) {
  if (stream == null || !(dx || dy)) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  let data = '';
  if (dx < 0) data += CSI + -dx + 'D';
  else if (dx > 0) data += CSI + dx + 'C';
  if (dy < 0) data += CSI + -dy + 'A';
  else if (dy > 0) data += CSI + dy + 'B';
  return stream.write(data, callback);
}

function clearLine(stream, dir, callback) {
  const type = dir < 0 ? CSI + '1K' : dir > 0 ? CSI + '0K' : CSI + '2K';
  return writeOrCallback(stream, type, callback);
}

function clearScreenDown(stream, callback) {
  return writeOrCallback(stream, CSI + '0J', callback);
}

const { emitKeypressEvents } = keys;

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

terminalMode.init({ cursorTo, moveCursor, clearScreenDown });

module.exports = {
  Interface, createInterface, clearLine, clearScreenDown, cursorTo, moveCursor, emitKeypressEvents,
};
Object.defineProperty(module.exports, 'promises', {
  get() { return require('readline/promises'); },
  enumerable: true,
  configurable: true,
});
