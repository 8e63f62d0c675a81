// A TLS client socket's events in order, and the server's view of the
// same session (printed after the client's: the sides interleave).
const tls = require('tls');
const pki = require('./_pki');

const serverLog = [];
let pending = 2;
const done = () => {
  if (--pending === 0) console.log(serverLog.join('\n'));
};
const server = tls.createServer({ key: pki('server-key.pem'), cert: pki('server.pem') }, (s) => {
  serverLog.push(`secureConnection ${s instanceof tls.TLSSocket} ${s.encrypted} ${s.authorized} ${s.servername}`);
  s.on('data', (d) => serverLog.push(`server data ${d}`));
  s.on('end', () => {
    serverLog.push('server end');
    s.end('bye');
  });
  s.on('close', (hadError) => {
    serverLog.push(`server close ${hadError}`);
    server.close(done);
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = tls.connect({ port: server.address().port, host: 'localhost', ca: pki('ca.pem') });
  for (const ev of ['lookup', 'connect', 'ready', 'secureConnect', 'data', 'end', 'finish', 'close', 'error']) {
    c.on(ev, (...args) => console.log(ev, ev === 'data' ? String(args[0]) : args.length, c.readyState));
  }
  c.once('secureConnect', () => c.end('hi'));
  c.on('close', () => {
    console.log('client servername', c.servername);
    done();
  });
});
