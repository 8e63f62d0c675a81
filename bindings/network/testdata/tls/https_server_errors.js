// Failed handshakes on an https server: 'tlsClientError' with node's
// error codes, passed on as 'clientError' when someone listens, else the
// connection is ended; handshakeTimeout ends a silent client.
const https = require('https');
const tls = require('tls');
const net = require('net');
const pki = require('./_pki');

const own = { key: pki('server-key.pem'), cert: pki('server.pem') };

function serve(options, setup) {
  const server = https.createServer({ ...own, ...options }, (req, res) => res.end('ok'));
  setup(server);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// raw sends bytes that are not TLS and reports what comes back.
function raw(server, label, bytes) {
  return new Promise((resolve) => {
    const c = net.connect(server.address().port, '127.0.0.1', () => { if (bytes) c.write(bytes); });
    let got = 0;
    c.on('data', (d) => { got += d.length; });
    c.on('error', (e) => console.log(label, 'client error', e.code));
    c.on('close', () => {
      console.log(label, 'closed, bytes back', got > 0);
      resolve();
    });
  });
}

function handshake(server, label, opts) {
  return new Promise((resolve) => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', rejectUnauthorized: false, ...opts }, () => {
      console.log(label, 'secured');
      c.end();
    });
    c.on('error', (e) => console.log(label, 'client error', e.code));
    c.on('close', resolve);
  });
}

(async () => {
  let server = await serve({}, (s) => {
    s.on('tlsClientError', (err, socket) => {
      console.log('tlsClientError', err.code, err.library, err.reason, socket instanceof tls.TLSSocket, typeof socket.remotePort);
    });
  });
  await raw(server, 'http request', 'GET / HTTP/1.1\r\nHost: x\r\n\r\n');
  await raw(server, 'junk', Buffer.alloc(20, 0x16));
  await handshake(server, 'old version', { maxVersion: 'TLSv1.1', minVersion: 'TLSv1' });
  server.close();

  server = await serve({}, (s) => {
    s.on('clientError', (err, socket) => {
      console.log('clientError', err.code, socket.encrypted);
      socket.destroy();
    });
  });
  await raw(server, 'clientError http request', 'GET / HTTP/1.1\r\n\r\n');
  server.close();

  server = await serve({ handshakeTimeout: 100 }, (s) => {
    s.on('tlsClientError', (err, socket) => {
      console.log('timeout tlsClientError', err.code, err.message, socket._secureEstablished);
    });
  });
  await raw(server, 'silent client');
  server.close();

  // Nobody listens: the connection just ends.
  server = await serve({}, () => {});
  console.log('tlsClientError listeners', server.listenerCount('tlsClientError'));
  await raw(server, 'unheard', 'GET / HTTP/1.1\r\n\r\n');
  server.close(() => console.log('closed'));
})();
