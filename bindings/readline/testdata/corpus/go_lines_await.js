// for await over an Interface whose lines are split in Go (a child's pipe
// under jsproc) against the JS path (a PassThrough): many lines per chunk
// (the iterator pauses the Interface past 1024 waiting lines and resumes
// it when drained), a slow loop body, a second 'line' listener, break.
const readline = require('readline');
const { compare, started } = require('./_source');

// lineChunks(n, per), marked so that the feeder makes them itself.
function lineChunks(n, per) {
  const chunks = require('./_linechunks')(n, per);
  chunks.lines = n + ',' + per;
  return chunks;
}

function iterate(opts) {
  return (src, log) => new Promise((resolve) => {
    const rl = readline.createInterface({ input: src.input });
    started(src, rl, log);
    let pauses = 0;
    let resumes = 0;
    rl.on('pause', () => pauses++);
    rl.on('resume', () => resumes++);
    let seen = 0;
    if (opts.listener) rl.on('line', () => seen++);
    (async () => {
      let n = 0;
      let sum = 0;
      let last;
      for await (const line of rl) {
        n++;
        sum += line.length;
        last = line;
        if (line === 'c' + (opts.chunks - 1) + 'l0') log('last chunk begins', n);
        if (line.endsWith('l' + (opts.per - 1))) src.next();
        if (opts.slow && n % 1000 === 0) await new Promise((r) => setTimeout(r, 1));
        if (n === opts.breakAt) break;
      }
      log('lines', n, 'length', sum, 'last', last, 'seen', seen, 'paused', pauses > 0, 'resumed', resumes > 0);
      if (!rl.closed) {
        // After break: what is left reaches nobody; send it so the
        // source ends.
        for (let i = 0; i < opts.chunks; i++) src.next();
        rl.close();
      }
      setTimeout(() => resolve(rl), 20);
    })();
    src.next();
  });
}

(async () => {
  await compare('for await, 3 chunks of 3000 lines', lineChunks(3, 3000), 'go', iterate({ chunks: 3, per: 3000 }));
  await compare('a slow loop body', lineChunks(3, 2500), 'go', iterate({ chunks: 3, per: 2500, slow: true }));
  await compare('with a line listener too', lineChunks(2, 2000), 'go', iterate({ chunks: 2, per: 2000, listener: true }));
  await compare('break in the second chunk', lineChunks(3, 2000), 'go', iterate({ chunks: 3, per: 2000, breakAt: 2500 }));
})();
