'use strict';
// readline/promises: the same Interface with question() returning a
// promise, and Readline for batched cursor moves.
const readline = require('readline');
const errors = require('internal/errors');
const terminal = require('internal/readline/terminal');

class Interface extends readline.Interface {
  question(query, options = {}) {
    return new Promise((resolve, reject) => {
      let cb = resolve;
      const signal = options !== null && typeof options === 'object' ? options.signal : undefined;
      if (signal) {
        errors.validateAbortSignal(signal, 'options.signal');
        if (signal.aborted) return reject(errors.abortError(signal.reason));
        const onAbort = () => {
          this[terminal.kQuestionCancel]();
          reject(errors.abortError(signal.reason));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        cb = (answer) => {
          signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      this[terminal.kAsk](query, cb);
    });
  }
}
Interface.prototype._tabComplete = terminal.promiseTabComplete;
Interface.prototype[terminal.kPromiseCompleter] = true;

class Readline {
  constructor(stream) {
    this.stream = stream;
    this.todo = [];
  }
  cursorTo(x, y) {
    this.todo.push(typeof y === 'number' ? '\x1b[' + (y + 1) + ';' + (x + 1) + 'H' : '\x1b[' + (x + 1) + 'G');
    return this;
  }
  moveCursor(dx, dy) {
    if (dx < 0) this.todo.push('\x1b[' + -dx + 'D');
    else if (dx > 0) this.todo.push('\x1b[' + dx + 'C');
    if (dy < 0) this.todo.push('\x1b[' + -dy + 'A');
    else if (dy > 0) this.todo.push('\x1b[' + dy + 'B');
    return this;
  }
  clearLine(dir) {
    this.todo.push(dir < 0 ? '\x1b[1K' : dir > 0 ? '\x1b[0K' : '\x1b[2K');
    return this;
  }
  clearScreenDown() {
    this.todo.push('\x1b[0J');
    return this;
  }
  commit() {
    const data = this.todo.join('');
    this.todo = [];
    return new Promise((resolve) => this.stream.write(data, resolve));
  }
  rollback() {
    this.todo = [];
    return this;
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = { Interface, Readline, createInterface };
