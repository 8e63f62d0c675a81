// An async iterator over an Interface whose lines are split in Go (a
// child's pipe under jsproc) against the JS path (a PassThrough), when the
// iterator's own pause (past 1024 waiting lines) runs 'pause' listeners
// that read the iterator, add a 'line' listener or end the iteration in
// the middle of a chunk: every line comes once, in order, to whom node
// gives it.
const readline = require('readline');
const { compare, started } = require('./_source');

function lineChunks(n, per) {
  const chunks = require('./_linechunks')(n, per);
  chunks.lines = n + ',' + per;
  return chunks;
}

// checker checks that lines come as "c<chunk>l<line>", in order, and
// sends the next chunk once a chunk's last line is read.
function checker(src, per, log, who) {
  let c = 0;
  let i = 0;
  let bad = 0;
  return (line) => {
    if (line !== 'c' + c + 'l' + i && bad++ < 3) log(who, 'out of order', line, 'expected', 'c' + c + 'l' + i);
    if (line.endsWith('l' + (per - 1))) src.next();
    const m = /^c(\d+)l(\d+)$/.exec(line);
    if (m) {
      c = +m[1];
      i = +m[2] + 1;
      if (i === per) {
        c++;
        i = 0;
      }
    }
  };
}

function scenario(opts) {
  return (src, log) => new Promise((resolve) => {
    const rl = readline.createInterface({ input: src.input });
    started(src, rl, log);
    const it = rl[Symbol.asyncIterator]();
    const check = checker(src, opts.per, log, 'iterator');
    let pauses = 0;
    let extra = 0;
    rl.on('pause', () => {
      pauses++;
      if (pauses !== 1) return;
      if (opts.readInPause) {
        for (let k = 0; k < opts.readInPause; k++) {
          it.next().then((r) => {
            if (k < 3 || r.done) log('read in pause', k, r.value, r.done);
            if (!r.done) check(r.value);
          });
        }
      }
      if (opts.listenInPause) rl.on('line', (l) => { if (extra++ < 2) log('second listener', l); });
      if (opts.returnInPause) it.return().then((r) => log('returned', r.done));
    });
    (async () => {
      let n = 0;
      let last;
      for (;;) {
        const r = await it.next();
        if (r.done) break;
        n++;
        last = r.value;
        check(r.value);
      }
      log('lines', n, 'last', last, 'second listener saw', extra, 'pauses', pauses > 0);
      if (!rl.closed) {
        for (let i = 0; i < opts.chunks; i++) src.next();
        rl.close();
      }
      setTimeout(() => resolve(rl), 20);
    })();
    src.next();
  });
}

(async () => {
  await compare('next() called in the pause', lineChunks(2, 3000), 'go', scenario({ chunks: 2, per: 3000, readInPause: 3 }));
  await compare('next() drains the queue in the pause', lineChunks(2, 3000), 'go', scenario({ chunks: 2, per: 3000, readInPause: 1024 }));
  await compare('a line listener added in the pause', lineChunks(2, 3000), 'go', scenario({ chunks: 2, per: 3000, listenInPause: true }));
  await compare('return() in the pause', lineChunks(2, 3000), 'go', scenario({ chunks: 2, per: 3000, returnInPause: true }));
})();
