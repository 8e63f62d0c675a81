// Node's errors for refused connections, ports in use and bad arguments.
const net = require('net');

for (const args of [[], [{}], [-1], [65536], ['abc', '127.0.0.1'], [{ port: 1.5 }], [{ port: 80, host: 5 }], [{ port: 80, family: 5 }]]) {
  try {
    net.connect(...args).on('error', () => {});
    console.log('no throw', args);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

const s = net.createServer();
s.listen(0, '127.0.0.1', () => {
  const { port } = s.address();
  const second = net.createServer();
  second.on('error', (e) => {
    console.log('listen error', e.code, e.errno, e.syscall, e.address, e.port === port, e.message.replace(String(port), 'PORT'));
    try {
      s.listen(0);
    } catch (e2) {
      console.log(e2.code, e2.message);
    }
    s.close(() => {
      const c = net.connect(port, '127.0.0.1');
      c.on('error', (e3) => console.log('connect error', e3.code, e3.errno, e3.syscall, e3.address, e3.port === port, e3.message.replace(String(port), 'PORT')));
      c.on('close', (hadError) => {
        console.log('close', hadError, c.destroyed);
        s.close((e4) => console.log('close again', e4.code, e4.message));
      });
    });
  });
  second.listen(port, '127.0.0.1');
});
