// connect's argument errors, a failed lookup and ECONNREFUSED on a
// connected socket whose peer is gone.
const dgram = require('dgram');
const s = dgram.createSocket('udp4');
for (const args of [[0], [-1], [70000], ['abc'], [null], [1234, 5], [NaN]]) {
  try { s.connect(...args); } catch (e) { console.log(JSON.stringify(args), e.name, e.code, e.message); }
}
const t = dgram.createSocket('udp4');
t.connect(1234, 'no-such-host.invalid', (err) => {
  console.log('lookup error to callback', err.code, err.syscall);
  const peer = dgram.createSocket('udp4');
  peer.bind(0, '127.0.0.1', () => {
    const port = peer.address().port;
    peer.close(() => {
      const c = dgram.createSocket('udp4');
      let timer;
      c.on('error', (e) => {
        console.log('error event', e.code, e.syscall, e.message);
        clearTimeout(timer);
        c.close();
        t.close();
      });
      c.connect(port, '127.0.0.1', () => {
        c.send('anyone?');
        timer = setTimeout(() => c.send('again?'), 50);
      });
    });
  });
});
