// An AbortSignal closes the socket.
const dgram = require('dgram');
const ac = new AbortController();
const s = dgram.createSocket({ type: 'udp4', signal: ac.signal });
s.on('close', () => console.log('closed by abort'));
s.bind(0, '127.0.0.1', () => {
  console.log('bound');
  ac.abort();
  console.log('aborted');
});
const s2 = dgram.createSocket({ type: 'udp4', signal: AbortSignal.abort() });
s2.on('close', () => console.log('s2 closed'));
try { s2.bind(0); } catch (e) { console.log('s2 already closed', e.code); }
