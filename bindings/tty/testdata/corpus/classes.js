// The classes' shapes: prototypes, lengths and stream ancestry.
const tty = require('tty');
const stream = require('stream');

console.log(typeof tty.ReadStream, tty.ReadStream.name, tty.ReadStream.length);
console.log(typeof tty.WriteStream, tty.WriteStream.name, tty.WriteStream.length);
console.log(tty.WriteStream.prototype.isTTY, typeof tty.WriteStream.prototype.cursorTo);
console.log(tty.ReadStream.prototype instanceof stream.Readable, tty.WriteStream.prototype instanceof stream.Writable);
for (const k of ['getColorDepth', 'hasColors', '_refreshSize', 'cursorTo', 'moveCursor', 'clearLine', 'clearScreenDown', 'getWindowSize']) {
  console.log(k, typeof tty.WriteStream.prototype[k]);
}
console.log(typeof tty.ReadStream.prototype.setRawMode);
