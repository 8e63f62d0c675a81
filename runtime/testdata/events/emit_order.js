const EventEmitter = require('events');
const e = new EventEmitter();
const log = (m) => console.log(m);
e.on('a', () => { log('a1'); e.emit('b'); log('a1 end'); });
e.on('a', () => log('a2'));
e.on('b', () => { log('b1'); e.on('a', () => log('a3 (added during emit)')); });
e.emit('a');
e.emit('a');
e.once('c', () => { log('c once'); e.emit('c'); });
e.emit('c');
process.nextTick(() => log('tick'));
Promise.resolve().then(() => log('micro'));

setTimeout(() => log('timeout'), 0);
e.on('d', (...args) => log('d ' + args.length + ' ' + JSON.stringify(args)));
e.emit('d');
e.emit('d', 1, 'two', [3], { four: 4 }, null, undefined);
log('sync end');
