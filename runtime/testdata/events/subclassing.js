const EventEmitter = require('events');
const util = require('util');
class Job extends EventEmitter {
  constructor(name) { super(); this.name = name; }
  run() { this.emit('start', this.name); this.emit('done', 42); }
}
const j = new Job('j1');
j.on('start', function (n) { console.log('start', n, this === j, this instanceof Job); });
j.on('done', (v) => console.log('done', v));
j.run();
console.log(j instanceof EventEmitter, Object.keys(j).sort());
function Old() { EventEmitter.call(this); this.x = 1; }
util.inherits(Old, EventEmitter);
Old.prototype.go = function () { this.emit('go', this.x); };
const o = new Old();
o.on('go', (x) => console.log('old go', x));
o.go();
console.log(o instanceof EventEmitter, Old.super_ === EventEmitter);
console.log(typeof EventEmitter.EventEmitter, EventEmitter.EventEmitter === EventEmitter);
console.log(Object.keys(require('events')).sort());
console.log(EventEmitter.name, EventEmitter.length);
const plain = Object.create(EventEmitter.prototype);
plain.on('a', () => console.log('plain a'));
plain.emit('a');
console.log(util.inspect(new EventEmitter(), { depth: 0 }).split('\n')[0]);
const w = new Job('w');
w.setMaxListeners(2);
console.log(w.getMaxListeners(), new Job('z').getMaxListeners());
