// Unix-socket errors: a path already served, a path that is a plain
// file, and a socket file nobody serves.
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'net-unix-err-'));
const sockPath = path.join(dir, 's.sock');
const filePath = path.join(dir, 'plain');
fs.writeFileSync(filePath, 'x');
const show = (e) => [e.code, e.syscall, e.message.replace(dir, 'DIR')].join(' | ');

const first = net.createServer();
first.listen(sockPath, () => {
  const second = net.createServer();
  second.on('error', (e) => {
    console.log('second listen', show(e));
    const c = net.connect(filePath);
    c.on('error', (e2) => {
      console.log('connect to a file', show(e2));
      const f = net.createServer();
      f.on('error', (e3) => {
        console.log('listen on a file', show(e3));
        first.close(() => {
          fs.rmSync(dir, { recursive: true });
        });
      });
      f.listen(filePath);
    });
  });
  second.listen(sockPath);
});
