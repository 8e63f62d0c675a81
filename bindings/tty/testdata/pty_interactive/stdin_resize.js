// On a terminal: stdout follows a window resize, then stdin gives a line
// to readline and, in raw mode, single keys to 'data'.
const readline = require('readline');

const out = process.stdout;
// Built after stdout, stderr's size is refreshed after stdout's 'resize'.
const err = process.stderr;
// A signal listener does not keep the process alive; this does, until the end.
const alive = setInterval(() => {}, 1000);
console.log('size', out.columns, out.rows, process.stdin.isRaw);
out.once('resize', () => {
  console.log('resized', out.columns, out.rows, out.getWindowSize(), err.columns);
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  rl.question('name? ', (name) => {
    console.log('hello', JSON.stringify(name));
    rl.close();
    process.stdin.setRawMode(true);
    console.log('raw', process.stdin.isRaw);
    console.log('keys?');
    process.stdin.resume();
    process.stdin.once('data', (key) => {
      process.stdin.setRawMode(false);
      console.log('key', JSON.stringify(key.toString()), process.stdin.isRaw);
      process.stdin.pause();
      clearInterval(alive);
    });
  });
});
console.log('resize?');
