// Buffer sizes: errors before bind, options at bind, and set/get.
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
try { s.getSendBufferSize(); } catch (e) { console.log(e.name, e.code, e.message, e.syscall, e.errno, e.info); }
const t = dgram.createSocket({ type: 'udp4', recvBufferSize: 16384, sendBufferSize: 16384 });
t.bind(0, '127.0.0.1', () => {
  console.log('from options', t.getRecvBufferSize(), t.getSendBufferSize());
  t.setRecvBufferSize(8192);
  t.setSendBufferSize(8192);
  console.log('set', t.getRecvBufferSize(), t.getSendBufferSize());
  for (const v of [-1, 1.5, 'x', 2 ** 32]) {
    try { t.setRecvBufferSize(v); } catch (e) { console.log(JSON.stringify(v), e.name, e.code, e.message); }
  }
  console.log('queue', t.getSendQueueSize(), t.getSendQueueCount());
  t.close();
  s.close();
});
