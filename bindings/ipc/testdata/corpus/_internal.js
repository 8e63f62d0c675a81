'use strict';
const seen = [];
process.on('internalMessage', (m) => seen.push('internal:' + m.cmd));
process.on('message', (m) => {
  if (m === 'report') {
    process.send({ seen });
    process.send({ cmd: 'NODE_FROM_CHILD', n: 1 });
    process.send({ cmd: 'NODE_' });
    process.send('done');
    return;
  }
  seen.push('message:' + JSON.stringify(m));
});
