// createSocket's argument checks.
const dgram = require('dgram');
const tries = [
  () => dgram.createSocket('udp5'),
  () => dgram.createSocket(),
  () => dgram.createSocket({}),
  () => dgram.createSocket({ type: 'udp4', lookup: 5 }),
  () => dgram.createSocket({ type: 'udp4', signal: 5 }),
  () => dgram.createSocket({ type: 'udp4', recvBufferSize: -1 }),
  () => dgram.createSocket({ type: 'udp4', sendBufferSize: 1.5 }),
  () => dgram.createSocket({ type: 'udp4', sendBufferSize: '1' }),
];
for (const f of tries) {
  try { const s = f(); console.log('ok', typeof s); } catch (e) { console.log(e.name, e.code, e.message); }
}
const s = new dgram.Socket('udp4');
console.log(s instanceof dgram.Socket, s instanceof require('events'), s.type);
s.close();
