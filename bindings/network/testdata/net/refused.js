// A refused connection by name: 'lookup', then 'error' with node's
// message, then 'close' with hadError.
const net = require('net');

const probe = net.createServer();
probe.listen(0, '127.0.0.1', () => {
  const { port } = probe.address();
  probe.close(() => {
    const c = net.connect({ port, host: 'localhost', family: 4 });
    c.on('lookup', (err, address, family, host) => console.log('lookup', err, address, family, host));
    c.on('connect', () => console.log('unexpected connect'));
    c.on('error', (e) => console.log('error', e.code, e.errno, e.syscall, e.address, e.port === port,
      e.message.replace(String(port), 'PORT')));
    c.on('close', (hadError) => console.log('close', hadError, c.destroyed, c.readyState));
  });
});
