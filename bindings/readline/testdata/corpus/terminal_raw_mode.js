'use strict';
// A terminal interface puts its input in raw mode, leaves it there across
// pause and resume, and restores it on close; its keypress listener goes
// with it, the decoder's data listener stays.
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
input.isRaw = false;
input.setRawMode = (mode) => {
  console.log('setRawMode', mode);
  input.isRaw = mode;
};
const rl = readline.createInterface({ input, output: new PassThrough(), terminal: true });
console.log('terminal', rl.terminal, 'raw', input.isRaw, 'keypress listeners', input.listenerCount('keypress'));
rl.on('pause', () => console.log('pause event'));
rl.on('resume', () => console.log('resume event'));
rl.pause();
rl.resume();
console.log('closing');
rl.close();
console.log('raw', input.isRaw, 'keypress', input.listenerCount('keypress'), 'data', input.listenerCount('data'));
// An input without setRawMode is fine.
const plain = new PassThrough();
const rl2 = readline.createInterface({ input: plain, output: new PassThrough(), terminal: true });
rl2.close();
console.log('no setRawMode ok');
