// server[Symbol.asyncDispose] closes the server; on a closed server it
// does nothing.
import net from 'node:net';
import { once } from 'node:events';

const server = net.createServer();
server.listen(0, '127.0.0.1');
await once(server, 'listening');
console.log('listening', server.listening);
console.log(await server[Symbol.asyncDispose]());
console.log('after dispose', server.listening);
console.log(await server[Symbol.asyncDispose]());
