// Writes and end() made while connecting go out once connected; a socket
// destroyed while connecting never connects.
const net = require('net');

const server = net.createServer((s) => {
  let got = '';
  s.on('data', (d) => { got += d; });
  // The destroyed socket may or may not have reached the server (the
  // kernel can finish a local connect before the destroy): only the
  // socket that sent data is reported.
  s.on('end', () => {
    s.end();
    if (got === '') return;
    console.log('server got', JSON.stringify(got));
    server.close();
  });
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const early = net.connect(port, '127.0.0.1');
  console.log('pending', early.pending, early.connecting, early.readyState);
  early.write('a');
  early.write(Buffer.from('b'));
  early.end('c', () => console.log('end callback'));
  early.on('connect', () => console.log('connect', early.pending, early.connecting));
  early.on('finish', () => console.log('finish'));
  // The two sockets' events interleave as their connects happen to
  // complete, so the destroyed one's close is reported once both closed.
  let goneClosed = 'not yet';
  let earlyClosed = false;
  const report = () => {
    if (!earlyClosed || goneClosed === 'not yet') return;
    console.log('destroyed close', goneClosed);
  };
  early.on('close', (e) => { console.log('early close', e); earlyClosed = true; report(); });
  const gone = net.connect(port, '127.0.0.1');
  gone.on('connect', () => console.log('never'));
  gone.on('close', (e) => { goneClosed = e + ' ' + gone.destroyed; report(); });
  gone.destroy();
});
