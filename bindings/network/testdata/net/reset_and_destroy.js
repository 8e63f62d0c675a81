// resetAndDestroy closes with a reset: the peer reads ECONNRESET and
// closes with an error; the resetting side closes cleanly. (The server
// side's line is printed last: the two sides' events may interleave.)
const net = require('net');

let serverLine = null;
let clientClosed = false;
function printServer() {
  if (serverLine === null || !clientClosed) return;
  console.log(serverLine);
  server.close();
  const idle = new net.Socket();
  idle.on('error', (e) => console.log('not connected', e.code, e.message));
  idle.on('close', (hadError) => console.log('idle close', hadError));
  console.log('returns socket', idle.resetAndDestroy() === idle);
}

const server = net.createServer((s) => {
  s.on('data', () => {
    s.on('close', (hadError) => {
      serverLine = `server socket close ${hadError} ${s.destroyed}`;
      printServer();
    });
    console.log('reset returns socket', s.resetAndDestroy() === s);
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.write('x'));
  c.on('end', () => console.log('unexpected end'));
  c.on('error', (e) => console.log('client error', e.code, e.errno, e.syscall, e.message));
  c.on('close', (hadError) => {
    console.log('client close', hadError);
    clientClosed = true;
    printServer();
  });
});
