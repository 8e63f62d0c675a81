// Run on a terminal: isatty, window size, colour depth, raw mode.
const tty = require('tty');

console.log(tty.isatty(0), tty.isatty(1), tty.isatty(2));
const w = new tty.WriteStream(1);
console.log(w.isTTY, w.columns, w.rows, w.getWindowSize());
console.log(w.getColorDepth(), w.hasColors(), w.hasColors(256), w.hasColors(2 ** 24));
const r = new tty.ReadStream(0);
console.log(r.isTTY, r.isRaw);
r.setRawMode(true);
console.log(r.isRaw);
r.setRawMode(false);
console.log(r.isRaw);
r.destroy();
w.cursorTo(3);
w.clearLine(1);
w.moveCursor(-1, 0);
w.write('end\n');
console.log(process.stdout.isTTY, process.stdout.columns, process.stdout.rows);
console.log(process.stdout.getColorDepth(), process.stdout.hasColors(), process.stderr.hasColors(256));
console.log({ colours: 'follow the depth' }, [1, 'two']);
