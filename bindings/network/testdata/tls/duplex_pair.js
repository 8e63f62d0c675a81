// TLS over a pair of JS Duplex streams joined to each other: a server
// TLSSocket on one end, tls.connect({socket}) on the other, both in this
// script; the events of each side in order, the data both ways and the
// half-close.
const { Duplex } = require('stream');
const tls = require('tls');
const pki = require('./_pki');

function pair() {
  let a, b;
  const make = (name) => new Duplex({
    read() {},
    write(chunk, enc, cb) { (name === 'a' ? b : a).push(chunk); cb(); },
    final(cb) { (name === 'a' ? b : a).push(null); cb(); },
  });
  a = make('a');
  b = make('b');
  return [a, b];
}

const logs = { server: [], client: [], streams: [] };
const log = (side, ...args) => logs[side].push(args.join(' '));
let closed = 0;
const keep = setInterval(() => {}, 1000);
const timer = setTimeout(() => { console.log('timed out'); done(); }, 5000);
function done() {
  clearInterval(keep);
  clearTimeout(timer);
  for (const side of Object.keys(logs)) console.log(side, logs[side]);
}
function onClose() { if (++closed === 2) done(); }

const [ca, sa] = pair();
const server = new tls.TLSSocket(sa, {
  isServer: true,
  key: pki('server-key.pem'),
  cert: pki('server.pem'),
  ALPNProtocols: ['x', 'h2'],
});
for (const ev of ['connect', 'secure', 'secureConnect', 'end', 'finish']) server.on(ev, () => log('server', ev));
server.on('secure', () => {
  log('server', 'secure info', server.authorized, server.alpnProtocol, server.servername, server.getProtocol());
});
server.setEncoding('utf8');
server.on('data', (d) => {
  log('server', 'data', d);
  server.on('end', () => server.end());
  server.write(`echo ${d}`);
});
server.on('close', (e) => { log('server', 'close', e); onClose(); });
server.on('error', (e) => log('server', 'error', e.code));

const client = tls.connect({ socket: ca, ca: pki('ca.pem'), servername: 'localhost', ALPNProtocols: ['h2'] }, () => {
  log('client', 'secureConnect', client.authorized, client.authorizationError, client.alpnProtocol, client.servername);
  const cert = client.getPeerCertificate();
  log('client', 'peer', cert.subject.CN, cert.subjectaltname);
  client.write('hello');
});
for (const ev of ['connect', 'ready', 'secure', 'end']) client.on(ev, () => log('client', ev));
client.setEncoding('utf8');
client.on('data', (d) => { log('client', 'data', d); client.end(); });
client.on('close', (e) => { log('client', 'close', e, client.writableFinished); onClose(); });
client.on('error', (e) => log('client', 'error', e.code));
sa.on('close', () => log('streams', 'sa close'));
ca.on('close', () => log('streams', 'ca close'));
