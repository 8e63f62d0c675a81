'use strict';
// Which children stay alive on their IPC channel: the parent disconnects
// 400ms after a child said it is ready; children that exit before that do
// not wait for it.
const { fork } = require('child_process');
const path = require('path');
const modes = ['unref', 'remove', 'disconnect-listener', 'ref', 'unref-then-ref'];
const results = {};
let pending = modes.length;
for (const mode of modes) {
  const child = fork(path.join(__dirname, '_unref.js'), [mode]);
  let ready = 0;
  let timer;
  child.on('message', () => {
    ready = Date.now();
    timer = setTimeout(() => child.connected && child.disconnect(), 400);
  });
  child.on('exit', (code) => {
    clearTimeout(timer);
    results[mode] = (Date.now() - ready >= 390 ? 'waited for disconnect' : 'exited on its own') + ' code ' + code;
    if (--pending === 0) for (const m of modes) console.log(m, '->', results[m]);
  });
}
