'use strict';
const { fork } = require('child_process');
const path = require('path');
const child = fork(path.join(__dirname, '_internal.js'));
child.on('internalMessage', (m) => console.log('parent internal', JSON.stringify(m)));
child.on('message', (m) => {
  console.log('parent message', JSON.stringify(m));
  if (m === 'done') child.disconnect();
});
child.send({ cmd: 'NODE_CUSTOM', x: 1 });
child.send({ cmd: 'NODEX' });
child.send({ cmd: 'NODE_' });
child.send({ cmd: 5 });
child.send({ cmd: 'node_lower' });
child.send('report');
