// Eight MiB each way through a local TCP connection, with a reader that
// pauses: backpressure holds, and every byte arrives in order.
const net = require('net');

const chunk = Buffer.alloc(64 * 1024);
for (let i = 0; i < chunk.length; i++) chunk[i] = (i * 7) & 0xff;
const total = 128;

// check compares each arriving chunk with the pattern at its offset, so
// a lost, repeated or reordered byte shows.
const twice = Buffer.concat([chunk, chunk]);
function check(d, state) {
  for (let i = 0; i < d.length; i += chunk.length) {
    const piece = d.subarray(i, i + chunk.length);
    const at = state.n % chunk.length;
    if (!piece.equals(twice.subarray(at, at + piece.length))) state.ok = false;
    state.n += piece.length;
  }
}

const server = net.createServer({ allowHalfOpen: true }, (sock) => {
  const got = { n: 0, ok: true };
  sock.on('data', (d) => {
    check(d, got);
    if (got.n % (1 << 20) < d.length) {
      sock.pause();
      setTimeout(() => sock.resume(), 1);
    }
  });
  sock.on('end', () => {
    console.log('server received', got.n, got.ok);
    let i = 0;
    (function write() {
      while (i < total) {
        i++;
        if (!sock.write(chunk)) return sock.once('drain', write);
      }
      sock.end();
    })();
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
  let drains = 0;
  let i = 0;
  (function write() {
    while (i < total) {
      i++;
      if (!c.write(chunk)) { drains++; return c.once('drain', write); }
    }
    c.end();
  })();
  const got = { n: 0, ok: true };
  c.on('data', (d) => check(d, got));
  c.on('end', () => {
    console.log('client received', got.n, got.ok, drains > 0);
    server.close();
  });
});
