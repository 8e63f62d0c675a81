'use strict';
// A legacy stream that emits each element of an array as a line of 'data':
// input for readline and REPL tests.
const { Stream } = require('stream');

class ArrayStream extends Stream {
  run(lines) {
    for (const line of lines) this.emit('data', `${line}\n`);
  }
  pause() {}
  resume() {}
  write() {}
}
ArrayStream.prototype.readable = true;
ArrayStream.prototype.writable = true;

module.exports = ArrayStream;
