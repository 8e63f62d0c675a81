'use strict';
// net_echo: 1 GiB written in 64 KiB chunks through a local TCP connection
// to a server in the same process that pipes it back; counts the bytes
// echoed. Stresses: socket reads and writes both ways, backpressure
// (drain) and 'data' dispatch on one loop.
const net = require('net');

const BENCH = 'net_echo';
const TOTAL = Number(process.env.NET_ECHO_MIB || 1024) * 1024 * 1024;
const chunk = Buffer.alloc(64 * 1024, 7);

function fail(err) {
  console.log(JSON.stringify({ bench: BENCH, error: String(err && err.message ? err.message : err) }));
  process.exit(1);
}

const server = net.createServer({ allowHalfOpen: true }, (s) => s.pipe(s));
server.on('error', fail);
server.listen(0, '127.0.0.1', () => {
  const t0 = process.hrtime.bigint();
  const c = net.connect(server.address().port, '127.0.0.1');
  c.on('error', fail);
  let sent = 0;
  let got = 0;
  (function write() {
    while (sent < TOTAL) {
      sent += chunk.length;
      if (!c.write(chunk)) return c.once('drain', write);
    }
    c.end();
  })();
  c.on('data', (d) => { got += d.length; });
  c.on('end', () => {
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (got !== TOTAL) fail(`echoed ${got} of ${TOTAL} bytes`);
    const mib = got / 1048576;
    console.log(JSON.stringify({ bench: BENCH, bytes: got, ms: Math.round(ms), mib_s: Math.round(mib / (ms / 1000) * 10) / 10 }));
    server.close();
  });
});
