'use strict';
// Forked by handle_parent.js: serves the server it is sent, answers on the
// sockets it is sent, and leaves when told.
const net = require('net');
process.on('message', (m, handle) => {
  const kind = handle instanceof net.Server ? 'Server' : handle instanceof net.Socket ? 'Socket' : String(handle);
  console.log('child: got', JSON.stringify({ ...m, port: typeof m.port }), kind);
  if (m.kind === 'server') {
    const server = handle;
    console.log('child: listening', server.listening, server.address().port === m.port);
    server.on('connection', (sock) => {
      let got = '';
      sock.setEncoding('utf8');
      sock.on('data', (d) => { got += d; });
      sock.on('end', () => {
        sock.end('child served ' + got);
        server.close();
      });
    });
  } else if (m.kind === 'socket' && m.n === 1) {
    handle.end('child wrote 1\n');
  } else if (m.kind === 'socket') {
    handle.write('child wrote 2\n', () => process.send({ kind: 'wrote' }));
    handle.on('end', () => handle.destroy());
  } else if (m.kind === 'done') {
    process.disconnect();
  }
});
process.send({ kind: 'ready' });
