const readline = require('readline');
const { PassThrough } = require('stream');
const input = new PassThrough();
const rl = readline.createInterface({ input });
console.log(rl.terminal, JSON.stringify(rl.line), rl.crlfDelay, rl.historySize, rl.getPrompt());
for (const ev of ['line', 'close', 'pause', 'resume']) rl.on(ev, (a) => console.log('ev', ev, JSON.stringify(a)));
input.write('a\nb\r\nc\rd');
input.write('\r');
input.write('\ne\n');
input.write(Buffer.from([0xc3]));
input.write(Buffer.from([0xa9, 0x0a]));
input.write('\n\n');
setTimeout(() => {
  rl.pause();
  input.write('f\n');
  rl.resume();
  input.end('last');
}, 10);
