'use strict';
// An error on the input is re-emitted on the interface: a for await loop
// rejects with it, and an 'error' listener sees it.
const readline = require('readline');
const fs = require('fs');
const { PassThrough } = require('stream');

async function loop() {
  const rl = readline.createInterface({ input: fs.createReadStream('/nonexistent/jsproc-readline'), crlfDelay: Infinity });
  try {
    for await (const line of rl) console.log('unexpected', line);
    console.log('no error');
  } catch (e) {
    console.log('loop rejected', e.code, e.syscall);
  }
}

async function listener() {
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  rl.on('line', (l) => console.log('line', l));
  rl.on('error', (e) => console.log('error event', e.message, input.listenerCount('error')));
  input.write('before\n');
  await new Promise((r) => setImmediate(r));
  input.emit('error', new Error('input failed'));
  rl.close();
  console.log('after close', input.listenerCount('error'));
}

loop().then(listener);
