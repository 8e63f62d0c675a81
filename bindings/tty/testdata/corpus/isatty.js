// tty.isatty on pipes, files, closed and invalid descriptors.
const tty = require('tty');
const fs = require('fs');

console.log(Object.keys(tty));
console.log(tty.isatty(0), tty.isatty(1), tty.isatty(2));
const fd = fs.openSync(__filename, 'r');
console.log(tty.isatty(fd));
fs.closeSync(fd);
console.log(tty.isatty(fd), tty.isatty(-1), tty.isatty(1.5), tty.isatty('1'), tty.isatty(2 ** 31), tty.isatty(null));
