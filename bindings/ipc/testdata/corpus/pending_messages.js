'use strict';
// Messages that arrive while nothing listens for 'message' wait for the
// first listener, on both sides, as in node; the channel's own listeners
// show in eventNames().
const { fork } = require('child_process');
const path = require('path');
const child = fork(path.join(__dirname, '_late_listener.js'));
console.log('eventNames', child.eventNames(), 'newListener listeners', child.listenerCount('newListener'));
child.send('one');
child.send('two');
setTimeout(() => {
  child.on('message', (m) => {
    console.log('parent got', m);
    // Not from inside node's flush of the waiting messages, which fails
    // when the channel goes during it.
    if (m === 'echo two') setImmediate(() => child.disconnect());
  });
  console.log('listener added');
}, 400);
child.on('exit', (code) => console.log('child exit', code));
