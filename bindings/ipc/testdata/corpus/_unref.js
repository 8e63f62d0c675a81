'use strict';
const mode = process.argv[2];
const onMessage = (m) => process.send('echo ' + m);
if (mode === 'unref') { process.on('message', onMessage); process.channel.unref(); }
if (mode === 'remove') { process.on('message', onMessage); process.removeListener('message', onMessage); }
if (mode === 'disconnect-listener') process.on('disconnect', () => {});
if (mode === 'ref') process.channel.ref();
if (mode === 'unref-then-ref') { process.channel.unref(); process.channel.ref(); }
process.send('ready ' + mode);
