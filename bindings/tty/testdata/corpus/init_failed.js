// Constructing tty streams: pipes serve, files, devices and closed or
// invalid descriptors do not.
const tty = require('tty');
const fs = require('fs');

function attempt(label, make) {
  try {
    const s = make();
    console.log(label, 'made', s.isTTY, s.fd, s.columns, s.rows, s._type);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
    console.log(e.errno, e.syscall, e.info);
    console.log(Object.keys(e));
    console.log(String(e));
  }
}
attempt('stdout pipe', () => new tty.WriteStream(1));
attempt('stdin pipe', () => new tty.ReadStream(0));
const file = fs.openSync(__filename, 'r');
attempt('file', () => tty.WriteStream(file));
attempt('file read', () => tty.ReadStream(file));
attempt('dev/null', () => new tty.WriteStream(fs.openSync('/dev/null', 'w')));
fs.closeSync(file);
attempt('closed', () => new tty.WriteStream(file));
for (const fd of ['x', -1, 1.5, 2 ** 31, undefined]) {
  try {
    new tty.WriteStream(fd);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
