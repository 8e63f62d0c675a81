// A Unix-socket server: address is its path, the socket file goes away when
// the server closes, and connecting to a missing path fails with ENOENT.
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'net-unix-'));
const sockPath = path.join(dir, 's.sock');
// The server's line is printed at the end: its 'connection' and the
// client's 'connect' may come in either order.
let serverLine;
const server = net.createServer((c) => {
  serverLine = ['server: remote', c.remoteAddress, 'local', c.localAddress === sockPath || c.localAddress];
  c.pipe(c);
});
server.listen(sockPath, () => {
  console.log('address is path', server.address() === sockPath, fs.existsSync(sockPath));
  const c = net.connect(sockPath);
  c.on('connect', () => console.log('client: address', JSON.stringify(c.address()), c.remoteAddress === sockPath || c.remoteAddress));
  c.end('ping');
  c.setEncoding('utf8');
  c.on('data', (d) => console.log('echo', d));
  c.on('close', () => {
    server.close(() => {
      console.log(...serverLine);
      console.log('socket file after close', fs.existsSync(sockPath));
      const bad = net.connect(path.join(dir, 'missing.sock'));
      bad.on('error', (e) => {
        console.log(e.code, e.syscall, e.address === path.join(dir, 'missing.sock'));
        fs.rmSync(dir, { recursive: true });
      });
    });
  });
});
