'use strict';
// Run by the Go test with `child` set up by the Go parent API (NewPair +
// Attach) on an EventEmitter, the child being a real process.
let n = 0;
const big = 'y'.repeat(2 * 1024 * 1024);
child.on('message', (m) => {
  if (m.ready) {
    console.log('ready', m.argv, m.hasFd);
    console.log('send returns', child.send({ i: 0, nested: { u: undefined, t: { toJSON() { return 'T'; } } } }));
    return;
  }
  if (m.i === 0) console.log('first back', JSON.stringify(m));
  if (m.i < 999) { child.send({ i: m.i + 1 }); return; }
  if (m.i === 999) {
    console.log('1000 round trips');
    child.send({ big }, (err) => console.log('big written', err));
    return;
  }
  if (m.bigLength !== undefined) {
    console.log('big echoed', m.bigLength);
    child.disconnect();
    console.log('after disconnect', child.connected, child.channel);
    child.send('late', (err) => console.log('late send', err.code, err.message));
  }
});
child.on('disconnect', () => console.log('disconnect event'));
