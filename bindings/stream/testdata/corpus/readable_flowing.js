const { Readable } = require('stream');
const r = new Readable({ read() {} });
const log = [];
['data', 'end', 'close', 'pause', 'resume', 'readable', 'error'].forEach((ev) =>
  r.on(ev === 'readable' ? 'x-readable' : ev, (a) => log.push(ev + (a !== undefined ? ':' + a : ''))));
r.push('a');
r.push('b');
r.push(null);
console.log('flowing', r.readableFlowing, r.readableLength, r.readableEnded);
process.nextTick(() => log.push('tick'));
setTimeout(() => { console.log(log); console.log(r.destroyed, r.readableEnded, r.readableFlowing); }, 5);
