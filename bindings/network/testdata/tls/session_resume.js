// A client's session (the 'session' event, getSession()) resumes a later
// connection through the session option, over TLS 1.2 and TLS 1.3; a
// server given another's ticket keys resumes its sessions, one with its
// own keys does not.
const tls = require('tls');
const pki = require('./_pki');

const options = { key: pki('server-key.pem'), cert: pki('server.pem') };
const keys = Buffer.alloc(48, 7);
const a = tls.createServer({ ...options, ticketKeys: keys }, (s) => s.end('hi'));
const b = tls.createServer(options, (s) => s.end('hi'));
const c = tls.createServer(options, (s) => s.end('hi'));
c.setTicketKeys(keys);
console.log('ticket keys', a.getTicketKeys().equals(keys), b.getTicketKeys().length, b.getTicketKeys().equals(keys));

function connect(server, maxVersion, session) {
  return new Promise((resolve) => {
    const sock = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: pki('ca.pem'), servername: 'localhost', maxVersion, session });
    let got;
    const order = [];
    sock.once('session', (s) => {
      got = s;
      order.push('session');
    });
    sock.on('secureConnect', () => {
      order.push('secureConnect');
      console.log('  getSession at secureConnect', maxVersion === 'TLSv1.2' ? Buffer.isBuffer(sock.getSession()) : '-');
      console.log(maxVersion, 'reused', sock.isSessionReused(), 'authorized', sock.authorized, 'protocol', sock.getProtocol());
    });
    sock.resume();
    sock.on('end', () => {
      console.log('  session event', Buffer.isBuffer(got), 'getSession', Buffer.isBuffer(sock.getSession()), order.join(' '));
      resolve(got);
    });
  });
}

const listen = (s) => new Promise((r) => s.listen(0, '127.0.0.1', r));
(async () => {
  await Promise.all([a, b, c].map(listen));
  for (const v of ['TLSv1.2', 'TLSv1.3']) {
    const s1 = await connect(a, v);
    await connect(a, v, s1);
    console.log('other keys:');
    await connect(b, v, s1);
    console.log('same keys:');
    await connect(c, v, s1);
  }
  for (const s of [a, b, c]) s.close();
})();
