'use strict';
// internal/readline/terminal: the line editor a readline Interface runs in
// terminal mode. Keys from the input's 'keypress' events edit this.line at
// this.cursor and redraw the prompt line on the output with ANSI cursor
// codes: cursor moves by character, word and line, deletion into a kill
// ring and yanking, history with prefix search, undo and redo, tab
// completion, and Ctrl-C, Ctrl-D and Ctrl-Z.

const { charLengthAt, charLengthLeft } = require('internal/readline/keys');

const kMaxKillRing = 32;
const kMaxUndoRedo = 2048;
const lineEnding = /\r?\n|\r(?!\n)/g;

let inspectModule;
const ins = () => inspectModule || (inspectModule = require('internal/inspect'));

// The cursor helpers readline exports; set by readline.js.
let cursor;

// isSpace and isWord are the regexp classes \s and \w for one UTF-16 unit.
const spaceRe = /\s/;
const isWord = (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isSpace = (c) => c === 32 || (c >= 9 && c <= 13) || (c > 127 && spaceRe.test(String.fromCharCode(c)));

// wordLeftLength is how far a word-left move goes back from the end of s:
// spaces, then a run of punctuation or of word characters. It scans back
// from the end, so a long line costs only the word it crosses.
function wordLeftLength(s) {
  let i = s.length;
  while (i > 0 && isSpace(s.charCodeAt(i - 1))) i--;
  if (i > 0) {
    const word = isWord(s.charCodeAt(i - 1));
    while (i > 0) {
      const c = s.charCodeAt(i - 1);
      if (isSpace(c) || isWord(c) !== word) break;
      i--;
    }
  }
  return s.length - i;
}

// printable matches text whose every unit is one column wide.
const printable = /^[\x20-\x7e]*$/;

function commonPrefix(strings) {
  if (strings.length === 0) return '';
  if (strings.length === 1) return strings[0];
  const sorted = strings.slice().sort();
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  for (let i = 0; i < min.length; i++) {
    if (min[i] !== max[i]) return min.slice(0, i);
  }
  return min;
}

// methods go onto Interface.prototype under node's underscore names.
const methods = {
  _setRawMode(mode) {
    const wasRaw = this.input.isRaw;
    if (typeof this.input.setRawMode === 'function') this.input.setRawMode(mode);
    return wasRaw;
  },

  _getDisplayPos(str) {
    let offset = 0;
    const col = this.columns;
    let rows = 0;
    const { stripVTControlCharacters, getStringWidth } = ins();
    str = stripVTControlCharacters(str);
    if (printable.test(str)) {
      const cols = str.length % col;
      return { cols, rows: (str.length - cols) / col };
    }
    for (const ch of str) {
      if (ch === '\n') {
        rows += Math.ceil(offset / col) || 1;
        offset = 0;
        continue;
      }
      if (ch === '\t') {
        offset += this.tabSize - (offset % this.tabSize);
        continue;
      }
      const width = getStringWidth(ch, false);
      if (width === 0 || width === 1) {
        offset += width;
      } else {
        // A wide character never straddles the right edge.
        if ((offset + 1) % col === 0) offset++;
        offset += 2;
      }
    }
    const cols = offset % col;
    rows += (offset - cols) / col;
    return { cols, rows };
  },

  getCursorPos() {
    return this._getDisplayPos(this._prompt + this.line.slice(0, this.cursor));
  },

  _refreshLine() {
    const line = this._prompt + this.line;
    const disp = this._getDisplayPos(line);
    const pos = this.getCursorPos();
    const prevRows = this.prevRows || 0;
    if (prevRows > 0) cursor.moveCursor(this.output, 0, -prevRows);
    cursor.cursorTo(this.output, 0);
    cursor.clearScreenDown(this.output);
    this._writeToOutput(line);
    // Make the terminal start a new line when the text fills the last one.
    if (disp.cols === 0) this._writeToOutput(' ');
    cursor.cursorTo(this.output, pos.cols);
    const diff = disp.rows - pos.rows;
    if (diff > 0) cursor.moveCursor(this.output, 0, -diff);
    this.prevRows = pos.rows;
  },

  _beforeEdit(text, at) {
    if (this._undoStack.push({ text, cursor: at }) > kMaxUndoRedo) this._undoStack.shift();
  },

  _undo() {
    if (this._undoStack.length === 0) return;
    this._redoStack.push({ text: this.line, cursor: this.cursor });
    const e = this._undoStack.pop();
    this.line = e.text;
    this.cursor = e.cursor;
    this._refreshLine();
  },

  _redo() {
    if (this._redoStack.length === 0) return;
    this._undoStack.push({ text: this.line, cursor: this.cursor });
    const e = this._redoStack.pop();
    this.line = e.text;
    this.cursor = e.cursor;
    this._refreshLine();
  },

  _insertString(c) {
    this._beforeEdit(this.line, this.cursor);
    if (!this.isCompletionEnabled) {
      // Inside a chunk of several characters (a paste), node appends
      // each one and writes it as it is, redrawing nothing.
      this.line += c;
      this.cursor += c.length;
      this._writeToOutput(c);
      return;
    }
    if (this.cursor < this.line.length) {
      this.line = this.line.slice(0, this.cursor) + c + this.line.slice(this.cursor);
      this.cursor += c.length;
      this._refreshLine();
      return;
    }
    const before = this.getCursorPos();
    this.line += c;
    this.cursor += c.length;
    const after = this.getCursorPos();
    if (before.rows < after.rows) this._refreshLine();
    else this._writeToOutput(c);
  },

  _moveCursor(dx) {
    if (dx === 0) return;
    const before = this.getCursorPos();
    this.cursor += dx;
    if (this.cursor < 0) this.cursor = 0;
    else if (this.cursor > this.line.length) this.cursor = this.line.length;
    const after = this.getCursorPos();
    if (before.rows === after.rows) cursor.moveCursor(this.output, after.cols - before.cols, 0);
    else this._refreshLine();
  },

  _wordLeft() {
    if (this.cursor > 0) this._moveCursor(-wordLeftLength(this.line.slice(0, this.cursor)));
  },

  _wordRight() {
    if (this.cursor < this.line.length) {
      const m = /^(?:\s+|[^\w\s]+|\w+)\s*/.exec(this.line.slice(this.cursor));
      this._moveCursor(m[0].length);
    }
  },

  _deleteLeft() {
    if (this.cursor > 0 && this.line.length > 0) {
      this._beforeEdit(this.line, this.cursor);
      const n = charLengthLeft(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor - n) + this.line.slice(this.cursor);
      this.cursor -= n;
      this._refreshLine();
    }
  },

  _deleteRight() {
    if (this.cursor < this.line.length) {
      this._beforeEdit(this.line, this.cursor);
      const n = charLengthAt(this.line, this.cursor);
      this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + n);
      this._refreshLine();
    }
  },

  _deleteWordLeft() {
    if (this.cursor > 0) {
      this._beforeEdit(this.line, this.cursor);
      let leading = this.line.slice(0, this.cursor);
      leading = leading.slice(0, leading.length - wordLeftLength(leading));
      this.line = leading + this.line.slice(this.cursor);
      this.cursor = leading.length;
      this._refreshLine();
    }
  },

  _deleteWordRight() {
    if (this.cursor < this.line.length) {
      this._beforeEdit(this.line, this.cursor);
      const trailing = this.line.slice(this.cursor);
      const m = /^(?:\s+|\W+|\w+)\s*/.exec(trailing);
      this.line = this.line.slice(0, this.cursor) + trailing.slice(m[0].length);
      this._refreshLine();
    }
  },

  _deleteLineLeft() {
    this._beforeEdit(this.line, this.cursor);
    const del = this.line.slice(0, this.cursor);
    this.line = this.line.slice(this.cursor);
    this.cursor = 0;
    this._pushToKillRing(del);
    this._refreshLine();
  },

  _deleteLineRight() {
    this._beforeEdit(this.line, this.cursor);
    const del = this.line.slice(this.cursor);
    this.line = this.line.slice(0, this.cursor);
    this._pushToKillRing(del);
    this._refreshLine();
  },

  _pushToKillRing(del) {
    if (!del || del === this._killRing[0]) return;
    this._killRing.unshift(del);
    this._killRingCursor = 0;
    while (this._killRing.length > kMaxKillRing) this._killRing.pop();
  },

  _yank() {
    if (this._killRing.length > 0) {
      this._yanking = true;
      this._insertString(this._killRing[this._killRingCursor]);
    }
  },

  _yankPop() {
    if (!this._yanking || this._killRing.length <= 1) return;
    const last = this._killRing[this._killRingCursor];
    this._killRingCursor++;
    if (this._killRingCursor >= this._killRing.length) this._killRingCursor = 0;
    const current = this._killRing[this._killRingCursor];
    const head = this.line.slice(0, this.cursor - last.length);
    const tail = this.line.slice(this.cursor);
    this.line = head + current + tail;
    this.cursor = head.length + current.length;
    this._refreshLine();
  },

  clearLine() {
    this._moveCursor(+Infinity);
    this._writeToOutput('\r\n');
    this.line = '';
    this.cursor = 0;
    this.prevRows = 0;
  },

  _addHistory() {
    if (this.line.length === 0) return '';
    if (this.historySize === 0) return this.line;
    if (this.line.trim().length === 0) return this.line;
    if (this.history.length === 0 || this.history[0] !== this.line) {
      if (this.removeHistoryDuplicates) {
        const dup = this.history.indexOf(this.line);
        if (dup !== -1) this.history.splice(dup, 1);
      }
      this.history.unshift(this.line);
      if (this.history.length > this.historySize) this.history.pop();
    }
    this.historyIndex = -1;
    // A 'history' listener may drop the entry (a password, say): the line
    // is what the history holds now.
    const line = this.history[0];
    this.emit('history', this.history);
    return line;
  },

  _line() {
    const line = this._addHistory();
    this._undoStack = [];
    this._redoStack = [];
    this.clearLine();
    this._onLine(line);
  },

  _historyNext() {
    if (this.historyIndex < 0) return;
    this._beforeEdit(this.line, this.cursor);
    const search = this._substringSearch || '';
    let i = this.historyIndex - 1;
    while (i >= 0 && (!this.history[i].startsWith(search) || this.line === this.history[i])) i--;
    this.line = i === -1 ? search : this.history[i];
    this.historyIndex = i;
    this.cursor = this.line.length;
    this._refreshLine();
  },

  _historyPrev() {
    if (this.historyIndex >= this.history.length || this.history.length === 0) return;
    this._beforeEdit(this.line, this.cursor);
    const search = this._substringSearch || '';
    let i = this.historyIndex + 1;
    while (i < this.history.length && (!this.history[i].startsWith(search) || this.line === this.history[i])) i++;
    this.line = i === this.history.length ? search : this.history[i];
    this.historyIndex = i;
    this.cursor = this.line.length;
    this._refreshLine();
  },

  // _tabComplete asks the completer, called with a callback, for the
  // completions of the text before the cursor; the input pauses meanwhile.
  _tabComplete(lastKeypressWasTab) {
    this.pause();
    this.completer(this.line.slice(0, this.cursor), (err, value) => {
      this.resume();
      if (err) {
        this._writeToOutput(`Tab completion error: ${ins().inspect(err)}`);
        return;
      }
      this._tabCompleter(lastKeypressWasTab, value);
    });
  },

  _tabCompleter(lastKeypressWasTab, { 0: completions, 1: completeOn }) {
    if (!completions || completions.length === 0) return;
    const prefix = commonPrefix(completions.filter((e) => e !== ''));
    if (prefix.startsWith(completeOn) && prefix.length > completeOn.length) {
      this._insertString(prefix.slice(completeOn.length));
      return;
    } else if (!completeOn.startsWith(prefix)) {
      this.line = this.line.slice(0, this.cursor - completeOn.length) + prefix + this.line.slice(this.cursor);
      this.cursor = this.cursor - completeOn.length + prefix.length;
      this._refreshLine();
      return;
    }
    if (!lastKeypressWasTab) return;
    this._beforeEdit(this.line, this.cursor);
    // Show the completions in columns, an empty one starting a new group.
    const { getStringWidth } = ins();
    const widths = completions.map((e) => getStringWidth(e));
    const width = Math.max(...widths) + 2;
    let maxColumns = Math.floor(this.columns / width) || 1;
    if (maxColumns === Infinity) maxColumns = 1;
    let out = '\r\n';
    let lineIndex = 0;
    let whitespace = 0;
    for (let i = 0; i < completions.length; i++) {
      const completion = completions[i];
      if (completion === '' || lineIndex === maxColumns) {
        out += '\r\n';
        lineIndex = 0;
        whitespace = 0;
      } else {
        out += ' '.repeat(whitespace);
      }
      if (completion !== '') {
        out += completion;
        whitespace = width - widths[i];
        lineIndex++;
      } else {
        out += '\r\n';
      }
    }
    if (lineIndex !== 0) out += '\r\n\r\n';
    this._writeToOutput(out);
    this._refreshLine();
  },

  _ttyWrite(s, key) {
    const previousKey = this._previousKey;
    key = key || {};
    this._previousKey = key;
    if (!key.meta || key.name !== 'y') this._yanking = false;

    // Up and down search the history for lines that start with what was
    // before the cursor when the search began.
    if ((key.name === 'up' || key.name === 'down') && !key.ctrl && !key.meta && !key.shift) {
      if (this._substringSearch === null) this._substringSearch = this.line.slice(0, this.cursor);
    } else if (this._substringSearch !== null) {
      this._substringSearch = null;
      if (this.history.length === this.historyIndex) this.historyIndex = -1;
    }

    if (typeof key.sequence === 'string') {
      const code = key.sequence.codePointAt(0);
      if (code === 0x1f) {
        this._undo();
        return;
      }
      if (code === 0x1e) {
        this._redo();
        return;
      }
    }
    if (key.name === 'escape') return;

    if (key.ctrl && key.shift) {
      if (key.name === 'backspace') this._deleteLineLeft();
      else if (key.name === 'delete') this._deleteLineRight();
    } else if (key.ctrl) {
      this._ctrlKey(key);
    } else if (key.meta) {
      switch (key.name) {
        case 'b': this._wordLeft(); break;
        case 'f': this._wordRight(); break;
        case 'd':
        case 'delete': this._deleteWordRight(); break;
        case 'backspace': this._deleteWordLeft(); break;
        case 'y': this._yankPop(); break;
      }
    } else {
      this._plainKey(s, key, previousKey);
    }
  },

  _ctrlKey(key) {
    switch (key.name) {
      case 'c':
        if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
        else this.close();
        break;
      case 'h': this._deleteLeft(); break;
      case 'd':
        if (this.cursor === 0 && this.line.length === 0) this.close();
        else if (this.cursor < this.line.length) this._deleteRight();
        break;
      case 'u': this._deleteLineLeft(); break;
      case 'k': this._deleteLineRight(); break;
      case 'a': this._moveCursor(-Infinity); break;
      case 'e': this._moveCursor(+Infinity); break;
      case 'b': this._moveCursor(-charLengthLeft(this.line, this.cursor)); break;
      case 'f': this._moveCursor(+charLengthAt(this.line, this.cursor)); break;
      case 'l':
        cursor.cursorTo(this.output, 0, 0);
        cursor.clearScreenDown(this.output);
        this._refreshLine();
        break;
      case 'n': this._historyNext(); break;
      case 'p': this._historyPrev(); break;
      case 'y': this._yank(); break;
      case 'z':
        if (process.platform === 'win32') break;
        if (this.listenerCount('SIGTSTP') > 0) {
          this.emit('SIGTSTP');
        } else {
          process.once('SIGCONT', () => {
            if (!this.paused) {
              // Pause and resume so SIGINT, SIGTSTP and EOF reach us again.
              this.pause();
              this.emit('SIGCONT');
            }
            this._setRawMode(true);
            this._refreshLine();
          });
          this._setRawMode(false);
          process.kill(process.pid, 'SIGTSTP');
        }
        break;
      case 'w':
      case 'backspace': this._deleteWordLeft(); break;
      case 'delete': this._deleteWordRight(); break;
      case 'left': this._wordLeft(); break;
      case 'right': this._wordRight(); break;
    }
  },

  _plainKey(s, key, previousKey) {
    // A \r matters only when a \n follows it.
    if (this._sawReturnAt && key.name !== 'enter') this._sawReturnAt = 0;
    switch (key.name) {
      case 'return':
        this._sawReturnAt = Date.now();
        this._line();
        return;
      case 'enter':
        if (this._sawReturnAt === 0 || Date.now() - this._sawReturnAt > this.crlfDelay) this._line();
        this._sawReturnAt = 0;
        return;
      case 'backspace': this._deleteLeft(); return;
      case 'delete': this._deleteRight(); return;
      case 'left': this._moveCursor(-charLengthLeft(this.line, this.cursor)); return;
      case 'right': this._moveCursor(+charLengthAt(this.line, this.cursor)); return;
      case 'home': this._moveCursor(-Infinity); return;
      case 'end': this._moveCursor(+Infinity); return;
      case 'up': this._historyPrev(); return;
      case 'down': this._historyNext(); return;
      case 'tab':
        if (typeof this.completer === 'function' && this.isCompletionEnabled) {
          this._tabComplete(!!previousKey && previousKey.name === 'tab');
          return;
        }
        break;
    }
    if (typeof s !== 'string' || !s) return;
    // Pasted text may hold line ends: each one ends a line.
    lineEnding.lastIndex = 0;
    let m;
    let last = 0;
    while ((m = lineEnding.exec(s)) !== null) {
      this._insertString(s.slice(last, m.index));
      last = lineEnding.lastIndex;
      this._line();
      lineEnding.lastIndex = last;
    }
    this._insertString(s.slice(last));
  },
};

// ttyWriteDumb is _ttyWrite on a dumb terminal (TERM=dumb): no editing,
// no redrawing; characters are echoed and Enter ends the line.
function ttyWriteDumb(s, key) {
  key = key || {};
  if (key.name === 'escape') return;
  if (this._sawReturnAt && key.name !== 'enter') this._sawReturnAt = 0;
  if (key.ctrl && (key.name === 'c' || key.name === 'd')) {
    if (key.name === 'c' && this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
    else this.close();
    return;
  }
  switch (key.name) {
    case 'return':
      this._sawReturnAt = Date.now();
      this._line();
      break;
    case 'enter':
      if (this._sawReturnAt === 0 || Date.now() - this._sawReturnAt > this.crlfDelay) this._line();
      this._sawReturnAt = 0;
      break;
    default:
      if (typeof s === 'string' && s) {
        this.line += s;
        this.cursor += s.length;
        this._writeToOutput(s);
      }
  }
}

// setup turns iface, under construction, into a terminal interface.
function setup(iface, input, output) {
  iface.cursor = 0;
  iface.historyIndex = -1;
  iface.prevRows = 0;
  iface._undoStack = [];
  iface._redoStack = [];
  iface._killRing = [];
  iface._killRingCursor = 0;
  iface._yanking = false;
  iface._substringSearch = null;
  iface._previousKey = undefined;
  iface._sawReturnAt = 0;
  iface.isCompletionEnabled = true;
  require('internal/readline/keys').emitKeypressEvents(input, iface);
  function onkeypress(s, key) {
    iface._ttyWrite(s, key);
    if (key && key.sequence) {
      // Half of a surrogate pair: redraw so the whole character shows.
      const ch = key.sequence.codePointAt(0);
      if (ch >= 0xd800 && ch <= 0xdfff) iface._refreshLine();
    }
  }
  function onend() {
    if (typeof iface.line === 'string' && iface.line.length > 0) iface.emit('line', iface.line);
    iface.close();
  }
  function onresize() {
    iface._refreshLine();
  }
  input.on('keypress', onkeypress);
  input.on('end', onend);
  iface._setRawMode(true);
  if (output !== null && output !== undefined) output.on('resize', onresize);
  iface.once('close', function onclose() {
    input.removeListener('keypress', onkeypress);
    input.removeListener('end', onend);
    if (output !== null && output !== undefined) output.removeListener('resize', onresize);
  });
}

// promiseTabComplete is _tabComplete for readline/promises, whose
// completer returns the completions or a promise of them.
async function promiseTabComplete(lastKeypressWasTab) {
  this.pause();
  let value;
  try {
    value = await this.completer(this.line.slice(0, this.cursor));
  } catch (err) {
    this._writeToOutput(`Tab completion error: ${ins().inspect(err)}`);
    return;
  } finally {
    this.resume();
  }
  this._tabCompleter(lastKeypressWasTab, value);
}

// kPromiseCompleter, true on an interface's prototype, keeps its completer
// as given instead of wrapping it for callbacks.
const kPromiseCompleter = Symbol('promiseCompleter');
// kAsk(query, cb) and kQuestionCancel() are question() without its
// options, and the cancelling of a pending question.
const kAsk = Symbol('question');
const kQuestionCancel = Symbol('questionCancel');

function init(cursorHelpers) {
  cursor = cursorHelpers;
}

module.exports = { methods, setup, ttyWriteDumb, init, promiseTabComplete, kPromiseCompleter, kAsk, kQuestionCancel };
