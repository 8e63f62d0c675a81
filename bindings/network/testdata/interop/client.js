// Interop client: connects to argv[3] (TCP, or TLS trusting the test CA
// when argv[2] is "tls"), sends a message, half-closes, prints the reply.
const net = require('net');
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const secure = process.argv[2] === 'tls';
const port = Number(process.argv[3]);
const message = 'hello from ' + (process.argv[4] || 'client') + ' ' + 'x'.repeat(100000);
const c = secure
  ? tls.connect({ port, host: 'localhost', ca: fs.readFileSync(path.join(process.env.JSPROC_TEST_PKI, 'ca.pem')), allowHalfOpen: true },
    () => console.log('authorized', c.authorized))
  : net.connect({ port, host: '127.0.0.1', allowHalfOpen: true });
c.setEncoding('utf8');
let reply = '';
c.on('data', (d) => { reply += d; });
c.on('end', () => console.log('reply', reply.length, reply.slice(0, 16)));
c.end(message);
