// One client socket's events in order, connecting by name: lookup,
// connect, ready, data, end, finish, close.
const net = require('net');

const server = net.createServer((s) => {
  s.end('bye');
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect({ port: server.address().port, host: 'localhost', family: 4 });
  for (const ev of ['lookup', 'connect', 'ready', 'data', 'end', 'finish', 'close', 'error', 'timeout', 'drain']) {
    c.on(ev, (...args) => {
      console.log(ev, ev === 'data' ? String(args[0]) : args.length, c.readyState);
      if (ev === 'close') server.close();
    });
  }
});
