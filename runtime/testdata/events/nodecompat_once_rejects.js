'use strict';
// events.once rejects, never throws, when it is given something that is not
// an emitter, and settles with the event's arguments otherwise.
const EventEmitter = require('events');

async function main() {
  for (const bad of [5, 'str', {}, true]) {
    try {
      const p = EventEmitter.once(bad, 'x');
      console.log('a promise', p instanceof Promise);
      await p;
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }
  const ee = new EventEmitter();
  setImmediate(() => ee.emit('x', 1, 2));
  console.log('args', await EventEmitter.once(ee, 'x'));
  setImmediate(() => ee.emit('error', new Error('boom')));
  try {
    await EventEmitter.once(ee, 'x');
  } catch (e) {
    console.log('rejected with', e.message, ee.listenerCount('x'), ee.listenerCount('error'));
  }
}
main();
