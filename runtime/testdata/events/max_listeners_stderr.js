// The default 'warning' handler prints to stderr; stdout only shows order.
const EventEmitter = require('events');
const e = new EventEmitter();
for (let i = 0; i < 11; i++) e.on('foo', () => {});
console.log('added');
setTimeout(() => console.log('later'), 0);
