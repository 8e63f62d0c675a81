// SNI and sessions on an https server, as on a tls.Server:
// addContext and SNICallback choose the certificate by the name the
// client asks for, setSecureContext replaces the server's own for the
// connections that follow, and sessions resume across connections with
// the server's ticket keys (getTicketKeys, setTicketKeys, ticketKeys).
const https = require('https');
const tls = require('tls');
const pki = require('./_pki');

const own = { key: pki('server-key.pem'), cert: pki('server.pem') };
const other = { key: pki('other-key.pem'), cert: pki('other.pem') };

// ask makes a request over tls.connect and reports the certificate the
// server presented and whether the session was resumed.
function ask(server, label, opts = {}) {
  return new Promise((resolve) => {
    let session;
    let reused;
    const c = tls.connect({
      port: server.address().port, host: '127.0.0.1', rejectUnauthorized: false, maxVersion: 'TLSv1.2', ...opts,
    }, () => {
      reused = c.isSessionReused();
      c.end('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    });
    let answer = '';
    c.setEncoding('utf8');
    c.on('data', (d) => { answer += d; });
    c.on('session', (s) => { session = s; });
    c.on('error', (e) => console.log(label, 'client error', e.code));
    c.on('close', () => {
      if (answer) {
        console.log(label, 'CN', answer.slice(answer.indexOf('\r\n\r\n') + 4), 'reused', reused);
      }
      resolve(session);
    });
  });
}

function serve(options) {
  const server = https.createServer(options, (req, res) => {
    res.end(`${req.socket.getCertificate().subject.CN} servername=${req.socket.servername}`);
  });
  server.on('tlsClientError', (e) => console.log('tlsClientError', e.code, e.message));
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

(async () => {
  let server = await serve(own);
  server.addContext('other.test', other);
  server.addContext('*.wild.test', tls.createSecureContext(other));
  await ask(server, 'addContext other.test', { servername: 'other.test' });
  await ask(server, 'addContext a.wild.test', { servername: 'a.wild.test' });
  await ask(server, 'addContext localhost', { servername: 'localhost' });
  await ask(server, 'addContext no name');
  server.setSecureContext(other);
  await ask(server, 'setSecureContext', { servername: 'localhost' });
  server.close();

  server = await serve({
    ...own,
    SNICallback(name, cb) {
      console.log('SNICallback', name);
      if (name === 'refused.test') cb(new Error('not this one'));
      else if (name === 'bad.test') cb(null, {});
      else cb(null, name === 'other.test' ? tls.createSecureContext(other) : undefined);
    },
  });
  await ask(server, 'SNICallback other.test', { servername: 'other.test' });
  await ask(server, 'SNICallback localhost', { servername: 'localhost' });
  await ask(server, 'SNICallback refused', { servername: 'refused.test' });
  await ask(server, 'SNICallback bad', { servername: 'bad.test' });
  server.close();

  // Sessions: resumed by the same server, by one given its ticket keys,
  // not by one with others.
  const keys = Buffer.alloc(48, 7);
  server = await serve({ ...own, ticketKeys: keys });
  console.log('getTicketKeys', server.getTicketKeys().equals(keys));
  const session = await ask(server, 'first');
  await ask(server, 'resumed', { session });
  const twin = await serve({ ...own });
  twin.setTicketKeys(keys);
  await ask(twin, 'twin with the keys', { session });
  server.setTicketKeys(Buffer.alloc(48, 9));
  console.log('keys changed', server.getTicketKeys()[0]);
  await ask(server, 'after new keys', { session });
  try {
    server.setTicketKeys(Buffer.alloc(3));
  } catch (e) {
    console.log('setTicketKeys short', e.code);
  }
  server.close();
  twin.close();
})();
