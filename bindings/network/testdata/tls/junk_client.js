// A client that sends junk to a TLS server (even one with no certificate)
// reaches the server's tlsClientError, and sees the connection end, not
// reset: the server read what it was sent before giving up. One that sends
// far more than a read's worth is reset. (The sides' lines print apart:
// they happen concurrently.)
const net = require('net');
const tls = require('tls');

const client = [];
let pending = 2;
const done = () => {
  if (--pending > 0) return;
  console.log(client.join('\n'));
  flood();
};
// flood sends two megabytes of junk, as node's hello parser test.
function flood() {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.write(Buffer.alloc(1 << 20, 42)));
  setImmediate(() => c.write(Buffer.alloc(1 << 20, 42)));
  c.on('error', () => {});
  c.on('close', (hadError) => {
    console.log('flooding client close', hadError);
    server.close();
  });
}
const server = tls.createServer({});
server.on('tlsClientError', (e, s) => {
  if (pending === 0) return;
  console.log('tlsClientError', e.code, s instanceof tls.TLSSocket);
  done();
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.write(Buffer.alloc(1024, 42)));
  c.on('error', (e) => client.push(`client error ${e.code}`));
  c.on('data', (d) => client.push(`client data ${d.length}`));
  c.on('end', () => client.push('client end'));
  c.on('close', (hadError) => {
    client.push(`client close ${hadError}`);
    done();
  });
});
