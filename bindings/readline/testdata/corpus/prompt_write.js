const readline = require('readline');
const { PassThrough, Writable } = require('stream');
let out = '';
const output = new Writable({ write(c, e, cb) { out += c; cb(); } });
const input = new PassThrough();
const rl = readline.createInterface({ input, output, prompt: '$ ', terminal: false });
rl.on('line', (l) => {
  console.log('line', l);
  if (l === 'quit') rl.close();
  else rl.prompt();
});
rl.on('close', () => {
  console.log('output', JSON.stringify(out));
  try { rl.question('x', () => {}); } catch (e) { console.log(e.code, e.message); }
  try { rl.write('x'); } catch (e) { console.log(e.code); }
});
rl.setPrompt('> ');
console.log(rl.getPrompt());
rl.prompt();
rl.write('typed\n');
input.write('one\ntwo\n');
input.write('quit\n');
