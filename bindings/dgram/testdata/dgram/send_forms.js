// send's argument forms: offset/length, arrays of buffers and strings,
// Uint8Array, DataView, empty messages and the default address.
const dgram = require('dgram');
const server = dgram.createSocket('udp4');
const expected = 7;
let got = 0;
server.on('message', (msg, rinfo) => {
  console.log('got', JSON.stringify(String(msg)), rinfo.size);
  if (++got === expected) { server.close(); client.close(); }
});
const client = dgram.createSocket('udp4');
server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  const sends = [
    () => client.send(Buffer.from('0123456789'), 2, 3, port, '127.0.0.1'),
    () => client.send([Buffer.from('ab'), 'cd', new Uint8Array([101, 102])], port, '127.0.0.1'),
    () => client.send(new Uint8Array([104, 105]), port),
    () => client.send(new DataView(new Uint8Array([106, 107, 108]).buffer, 1), port, '127.0.0.1'),
    () => client.send('', port, '127.0.0.1'),
    () => client.send([], port, '127.0.0.1'),
    () => client.send('tail', 1, 2, port, '127.0.0.1'),
  ];
  let i = 0;
  const next = () => { if (i < sends.length) { sends[i++](); setTimeout(next, 20); } };
  next();
});
