// setMaxSendFragment caps the data in each record a socket sends (the
// peer reads no larger pieces); sizes outside 512..16384 are refused.
const tls = require('tls');
const pki = require('./_pki');

const server = tls.createServer({ key: pki('server-key.pem'), cert: pki('server.pem') }, (s) => {
  for (const bad of [undefined, '1', 2 ** 31, NaN, 1.5]) {
    try {
      s.setMaxSendFragment(bad);
    } catch (e) {
      console.log(String(bad), e.name, e.code);
    }
  }
  console.log('sizes', [511, 512, 16384, 16385, 1000].map((n) => s.setMaxSendFragment(n)));
  s.end(Buffer.alloc(20000, 'x'));
});
server.listen(0, '127.0.0.1', () => {
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', rejectUnauthorized: false });
  let total = 0;
  let largest = 0;
  c.on('data', (d) => {
    total += d.length;
    largest = Math.max(largest, d.length);
  });
  c.on('end', () => {
    console.log('received', total, 'largest piece at most 1000:', largest <= 1000);
    server.close();
  });
});
