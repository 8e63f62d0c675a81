// Large datagrams arrive whole, and oversized ones fail with EMSGSIZE.
const dgram = require('dgram');
const server = dgram.createSocket('udp4');
const sizes = [1, 1000, 16383, 16384, 40000, 65507];
let got = 0;
server.on('message', (msg, rinfo) => {
  let ok = true;
  for (let i = 0; i < msg.length; i++) if (msg[i] !== (i & 255)) { ok = false; break; }
  console.log('got', msg.length, rinfo.size, ok);
  if (++got === sizes.length) { server.close(); client.close(); }
});
const client = dgram.createSocket('udp4');
server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  client.send(Buffer.alloc(65508), port, '127.0.0.1', (err) => {
    console.log('too big', err.code, err.syscall, err.message.replace(/:\d+$/, ':PORT'));
    let i = 0;
    const next = () => {
      if (i === sizes.length) return;
      const b = Buffer.alloc(sizes[i++]);
      for (let j = 0; j < b.length; j++) b[j] = j & 255;
      client.send(b, port, '127.0.0.1', next);
    };
    next();
  });
});
