'use strict';
// Messages read in the same chunk as the one whose listener disconnects
// are still emitted; the parent blocks until the child has written all of
// its replies, so they arrive as one chunk.
const { fork } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ipc-disc-'));
const flag = path.join(dir, 'flag');
const child = fork(path.join(__dirname, '_echo_then_flag.js'), [flag, '5']);
const seen = [];
child.on('message', (m) => {
  seen.push(m);
  if (m === 2) child.disconnect();
});
for (let i = 0; i < 5; i++) child.send(i);
const deadline = Date.now() + 10000;
while (!fs.existsSync(flag) && Date.now() < deadline) { /* wait for the child */ }
child.on('disconnect', () => console.log('disconnect after', JSON.stringify(seen)));
child.on('exit', () => {
  console.log('exit; messages after disconnect still emitted:', JSON.stringify(seen));
  fs.rmSync(dir, { recursive: true });
});
