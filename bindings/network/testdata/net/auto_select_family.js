// autoSelectFamily: a name with several addresses (from a custom lookup)
// gets a 'lookup' for each, and the first address that accepts wins;
// the defaults and their setters.
const net = require('net');

console.log(net.getDefaultAutoSelectFamily(), net.getDefaultAutoSelectFamilyAttemptTimeout());
net.setDefaultAutoSelectFamilyAttemptTimeout(5);
console.log(net.getDefaultAutoSelectFamilyAttemptTimeout());
net.setDefaultAutoSelectFamilyAttemptTimeout(250);
for (const bad of [() => net.setDefaultAutoSelectFamily(1), () => net.setDefaultAutoSelectFamilyAttemptTimeout(0)]) {
  try {
    bad();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

const server = net.createServer((s) => s.end('hi'));
server.listen(0, '127.0.0.1', () => {
  const closed = net.createServer();
  closed.listen(0, '127.0.0.2', () => {
    closed.close(() => {
      const { port } = server.address();
      // Both addresses on the server's port; 127.0.0.2 refuses it.
      const lookup = (host, opts, cb) => {
        console.log('lookup called', host, opts.all);
        process.nextTick(cb, null, [{ address: '127.0.0.2', family: 4 }, { address: '127.0.0.1', family: 4 }]);
      };
      const c = net.connect({ host: 'two.test', port, lookup });
      c.on('lookup', (err, address, family, host) => console.log('lookup', err, address, family, host));
      c.on('connect', () => console.log('connected to', c.remoteAddress));
      c.on('data', (d) => console.log('data', String(d)));
      c.on('close', () => {
        const single = net.connect({ host: 'one.test', port, lookup: (h, o, cb) => process.nextTick(cb, null, [{ address: '127.0.0.1', family: 4 }]) });
        single.on('lookup', (err, address) => console.log('single lookup', err, address));
        single.on('connect', () => console.log('single connected'));
        single.resume();
        single.on('close', () => server.close());
      });
    });
  });
});
