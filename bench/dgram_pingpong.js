'use strict';
// dgram_pingpong: 20,000 round trips of a 64-byte datagram between two UDP
// sockets on 127.0.0.1 in the same process (DGRAM_WINDOW in flight at
// once, default 1). Stresses: a datagram's way from the socket to a
// 'message' listener and a send from it, one loop turn each.
const dgram = require('dgram');

const BENCH = 'dgram_pingpong';
const N = Number(process.env.DGRAM_ROUNDS || 20000);
const WINDOW = Number(process.env.DGRAM_WINDOW || 1);
const payload = Buffer.alloc(64, 7);

const server = dgram.createSocket('udp4');
const client = dgram.createSocket('udp4');
server.on('message', (msg, rinfo) => server.send(msg, rinfo.port, rinfo.address));
server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  client.connect(port, '127.0.0.1', () => {
    let sent = 0;
    let got = 0;
    const t0 = process.hrtime.bigint();
    client.on('message', () => {
      if (++got === N) {
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        console.log(JSON.stringify({ bench: BENCH, window: WINDOW, rounds: N, ms: Math.round(ms),
          rt_per_s: Math.round(N / (ms / 1000)), per_op_us: Math.round(ms * 1000 / N * 10) / 10 }));
        client.close();
        server.close();
        return;
      }
      if (sent < N) { sent++; client.send(payload); }
    });
    for (; sent < WINDOW; sent++) client.send(payload);
  });
});
