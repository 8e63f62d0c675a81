'use strict';
// spawn with an 'ipc' entry and serialization 'advanced': the child learns
// the mode from NODE_CHANNEL_SERIALIZATION_MODE (and no longer sees it in
// process.env); internal NODE_ messages use the same format.
const { spawn } = require('child_process');
const path = require('path');
const child = spawn(process.execPath, [path.join(__dirname, '_internal.js')], {
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'advanced',
});
const internal = [];
child.on('internalMessage', (m) => internal.push(m.cmd + ' ' + (m.when instanceof Date)));
child.on('message', (m) => {
  console.log('message', m instanceof Map ? 'Map ' + JSON.stringify([...m]) : JSON.stringify(m));
  if (m === 'done') {
    console.log('internal', internal);
    child.disconnect();
  }
});
child.send(new Map([['k', new Set([1])]]));
child.send({ cmd: 'NODE_TO_CHILD', when: new Date(0) });
child.send('report');
child.on('exit', (code, signal) => console.log('exit', code, signal));
