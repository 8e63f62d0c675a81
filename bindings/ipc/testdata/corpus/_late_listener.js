'use strict';
// Sends two messages at once, and listens only after a while: what the
// parent sent meanwhile waits for the listener.
process.send('early1');
process.send('early2');
setTimeout(() => {
  process.on('message', (m) => process.send('echo ' + m));
}, 200);
