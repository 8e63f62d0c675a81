// Symbol.asyncDispose closes the socket; a second dispose does nothing.
import dgram from 'node:dgram';
const s = dgram.createSocket('udp4');
s.on('close', () => console.log('close'));
await new Promise((r) => s.bind(0, '127.0.0.1', r));
console.log('bound');
await s[Symbol.asyncDispose]();
console.log('disposed');
await s[Symbol.asyncDispose]();
console.log('again');
