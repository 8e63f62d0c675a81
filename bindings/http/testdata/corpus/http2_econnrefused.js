// http2.connect to a closed port: the session emits node's ECONNREFUSED error, then close.
const http2 = require('http2');
const s = http2.connect('http://127.0.0.1:1');
s.on('error', (e) => { console.log('error', e.message, e.code, e.errno, e.syscall, e.address, e.port); });
s.on('close', () => console.log('close', s.closed, s.destroyed));
s.on('connect', () => console.log('connect'));
console.log(typeof http2.constants, s.closed, s.destroyed, s.encrypted, s.connecting);
