// close: the callback and 'close' come in a later tick; a close while the
// bind is under way waits for it.
const dgram = require('dgram');
const a = dgram.createSocket('udp4');
a.on('close', () => console.log('a close event'));
a.close(() => console.log('a close cb'));
console.log('a closed sync');
const b = dgram.createSocket('udp4');
b.on('listening', () => console.log('b listening'));
b.on('close', () => console.log('b close'));
b.send('x', 9, '127.0.0.1');
b.close();
console.log('b close queued');
process.nextTick(() => console.log('tick'));
setImmediate(() => console.log('immediate'));
