// Run on a terminal: process.stdout, stderr and stdin are tty streams.
const tty = require('tty');
const { Duplex, Writable } = require('stream');

for (const [name, s] of [['stdout', process.stdout], ['stderr', process.stderr]]) {
  console.log(name, s instanceof tty.WriteStream, s instanceof Duplex, s instanceof Writable,
    s.isTTY, s.fd, s._type, s.columns, s.rows, s.getWindowSize(), s.getColorDepth(), s.hasColors());
  console.log(typeof s.cursorTo, typeof s.moveCursor, typeof s.clearLine, typeof s.clearScreenDown,
    typeof s._refreshSize, s.readable, s.writable);
}
console.log('stdin', process.stdin instanceof tty.ReadStream, process.stdin.isTTY, process.stdin.isRaw,
  typeof process.stdin.setRawMode, process.stdin.fd);

const out = process.stdout;
console.log(out.cursorTo(5), out.cursorTo(2, 3), out.moveCursor(1, -1), out.moveCursor(-2, 2));
console.log(out.clearLine(-1), out.clearLine(0), out.clearLine(1), out.clearScreenDown());
console.log(process.stderr.cursorTo(0, 0, () => console.log('cursorTo cb')));
process.stderr.clearLine(0, () => console.log('clearLine cb'));
process.stderr.moveCursor(0, 0, () => console.log('moveCursor cb'));
process.stderr.clearScreenDown(() => console.log('clearScreenDown cb'));
out.write('x\n', () => console.log('write cb'));
console.log(process.listenerCount('SIGWINCH'));
out.on('resize', () => console.log('resize', out.columns, out.rows));
setTimeout(() => console.log('done'), 20);
