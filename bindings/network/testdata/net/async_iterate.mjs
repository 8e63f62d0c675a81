// A socket is an async iterable; stream.pipeline connects a socket to
// transforms and back.
import net from 'node:net';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';

const server = net.createServer(async (sock) => {
  await pipeline(sock, new Transform({
    transform(chunk, enc, cb) { cb(null, chunk.toString().split('').reverse().join('')); },
  }), sock);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const c = net.connect(server.address().port, '127.0.0.1');
c.end('abcdef');
const parts = [];
for await (const chunk of c) parts.push(chunk.toString());
console.log(parts.join(''));
server.close();
