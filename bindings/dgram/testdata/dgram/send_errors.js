// send's thrown errors: bad buffers, bad ports, bounds, and sending on a
// closed socket.
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
const tries = [
  () => s.send(123, 1234, '127.0.0.1'),
  () => s.send({}, 1234),
  () => s.send([Buffer.from('a'), 5], 1234),
  () => s.send('x', 0, '127.0.0.1'),
  () => s.send('x', 70000, '127.0.0.1'),
  () => s.send('x', -1),
  () => s.send('x', 'abc'),
  () => s.send('x'),
  () => s.send(Buffer.alloc(4), 5, 1, 1234, '127.0.0.1'),
  () => s.send(Buffer.alloc(4), 2, 3, 1234, '127.0.0.1'),
  () => s.send('x', 1234, 42),
  () => s.sendto('x', '0', 1, 1234, '127.0.0.1'),
  () => s.sendto('x', 0, 1, 1234, 5),
];
for (const f of tries) {
  try { f(); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
}
s.close(() => {
  try { s.send('x', 1234, '127.0.0.1'); } catch (e) { console.log('closed', e.code, e.message); }
  try { s.close(); } catch (e) { console.log('close twice', e.code); }
  try { s.bind(); } catch (e) { console.log('bind closed', e.code); }
  try { s.address(); } catch (e) { console.log('address closed', e.code); }
});
