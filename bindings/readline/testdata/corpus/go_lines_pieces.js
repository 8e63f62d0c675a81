// Output that comes faster than the script takes it (its reads merge into
// chunks larger than the 64 KiB the Go path splits at once): for await
// and a 'line' listener that pauses see every line once, in order.
const { spawn } = require('child_process');
const readline = require('readline');

const N = 60000;
const writer = `process.stdout.write(Array.from({ length: ${N} }, (_, i) => 'line ' + i + (i % 9999 === 0 ? '\\r\\n' : '\\n')).join(''))`;

function busy(ms) {
  const end = Date.now() + ms;
  while (Date.now() < end);
}

function check(log, name) {
  let next = 0;
  let bad = 0;
  return {
    see(line) {
      if (line !== 'line ' + next) bad++;
      next++;
    },
    done() { log(name, 'lines', next, 'out of order', bad); },
  };
}

(async () => {
  const log = (...a) => console.log(...a);
  {
    const child = spawn(process.execPath, ['-e', writer]);
    const rl = readline.createInterface({ input: child.stdout, crlfDelay: Infinity });
    let pauses = 0;
    rl.on('pause', () => pauses++);
    const c = check(log, 'for await');
    for await (const line of rl) {
      if (line === 'line 0') busy(300);
      c.see(line);
    }
    c.done();
    log('paused', pauses > 0);
  }
  {
    const child = spawn(process.execPath, ['-e', writer]);
    const rl = readline.createInterface({ input: child.stdout, crlfDelay: Infinity });
    const c = check(log, 'line listener');
    await new Promise((resolve) => {
      rl.on('line', (line) => {
        if (line === 'line 0') busy(300);
        if (line === 'line 100' || line === 'line 30000') {
          rl.pause();
          setTimeout(() => rl.resume(), 30);
        }
        c.see(line);
      });
      rl.on('close', resolve);
    });
    c.done();
  }
})();
