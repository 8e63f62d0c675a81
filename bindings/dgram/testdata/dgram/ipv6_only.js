// ipv6Only: a udp6 socket on :: leaves the IPv4 port free; without it
// the dual-stack socket holds both.
const dgram = require('dgram');
const v6 = dgram.createSocket({ type: 'udp6', ipv6Only: true });
v6.bind(0, () => {
  const port = v6.address().port;
  console.log('v6only', v6.address().address);
  const v4 = dgram.createSocket('udp4');
  v4.on('error', (e) => console.log('v4 error', e.code));
  v4.bind(port, '0.0.0.0', () => {
    console.log('v4 bound on the same port');
    v4.close();
    v6.close();
    const dual = dgram.createSocket('udp6');
    dual.bind(0, () => {
      const p = dual.address().port;
      const v4b = dgram.createSocket('udp4');
      v4b.on('error', (e) => {
        console.log('dual-stack holds IPv4 too:', e.code);
        v4b.close();
        const c = dgram.createSocket('udp4');
        dual.on('message', (m, r) => {
          console.log('dual got', String(m), r.address, r.family);
          dual.close(); c.close();
        });
        c.send('via v4', p, '127.0.0.1');
      });
      v4b.bind(p, '0.0.0.0');
    });
  });
});
