'use strict';
const { fork } = require('child_process');
const path = require('path');
const child = fork(path.join(__dirname, '_chatty.js'), { silent: true });
let out = '';
let err = '';
console.log('stdio', child.stdio.length, !!child.stdin, !!child.stdout, !!child.stderr, child.stdio[3]);
child.stdout.on('data', (d) => { out += d; });
child.stderr.on('data', (d) => { err += d; });
child.send('hello');
child.on('close', (code) => {
  console.log('close', code);
  console.log('stdout:', JSON.stringify(out));
  console.log('stderr:', JSON.stringify(err));
});
