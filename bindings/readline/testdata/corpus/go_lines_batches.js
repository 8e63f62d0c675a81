// Chunks of many short lines (each several of the Go path's text segments,
// one plain loop over each; their ends fall after lines 600 and 1162) against the JS path: listeners added and
// removed in the middle of a chunk, the only listener removed, a once
// listener, pause(), close(), question() and a throwing listener there.
// Each listener logs a few of its lines and counts the rest.
const readline = require('readline');
const { source, compare, started } = require('./_source');

// chunks(n, per): n chunks of per lines "c<chunk>l<line>", ended by \n.
function chunks(n, per) {
  const out = [];
  for (let c = 0; c < n; c++) {
    let s = '';
    for (let i = 0; i < per; i++) s += 'c' + c + 'l' + i + '\n';
    out.push(Buffer.from(s));
  }
  return out;
}

const PER = 1500;

// counter(log, name) is a listener that logs its first line, every 500th
// and the last of each chunk, and counts them all.
function counter(log, name, counts) {
  counts[name] = 0;
  return (l) => {
    counts[name]++;
    if (counts[name] === 1 || l.endsWith('l' + (PER - 1)) || /l\d*(000|500)$/.test(l)) log(name, l);
  };
}

function scenario(body) {
  return (src, log) => new Promise((resolve) => {
    const rl = readline.createInterface({ input: src.input });
    started(src, rl, log);
    const counts = {};
    rl.on('pause', () => log('pause'));
    rl.on('resume', () => log('resume'));
    rl.on('close', () => {
      log('close', JSON.stringify(counts));
      setTimeout(() => resolve(rl), 20);
    });
    body(rl, src, log, counts);
    src.next();
  });
}

(async () => {
  await compare('listeners added and removed mid-chunk', chunks(3, PER), 'go', scenario((rl, src, log, counts) => {
    const second = counter(log, 'second', counts);
    const third = counter(log, 'third', counts);
    const other = counter(log, 'other', counts);
    const first = counter(log, 'first', counts);
    const main = (l) => {
      first(l);
      if (l === 'c0l300') rl.on('line', second);
      if (l === 'c0l800') rl.prependListener('line', third);
      if (l === 'c1l300') rl.removeListener('line', second);
      if (l === 'c1l800') rl.removeListener('line', third);
      if (l === 'c2l300') {
        // The only listener gives its place to another.
        rl.removeListener('line', main);
        rl.on('line', other);
      }
      if (l.endsWith('l' + (PER - 1))) src.next();
    };
    rl.on('line', main);
  }));

  await compare('the only listener removed, another added later', chunks(2, PER), 'go', (src, log) => new Promise((resolve) => {
    const rl = readline.createInterface({ input: src.input });
    started(src, rl, log);
    const counts = {};
    const first = counter(log, 'first', counts);
    const later = counter(log, 'later', counts);
    rl.on('line', (l) => {
      first(l);
      if (l === 'c0l300') {
        // The Interface has no other listener: its _events is replaced.
        rl.removeAllListeners();
        setTimeout(() => {
          log('listening again');
          rl.on('line', later);
          rl.on('close', () => {
            log('close', JSON.stringify(counts));
            setTimeout(() => resolve(rl), 20);
          });
          src.next();
        }, 20);
      }
    });
    src.next();
  }));

  await compare('a once listener and one that takes over', chunks(2, PER), 'go', scenario((rl, src, log, counts) => {
    const after = counter(log, 'after', counts);
    rl.once('line', (l) => {
      log('once', l);
      rl.on('line', after);
    });
    rl.on('line', (l) => {
      if (l === 'c0l' + (PER - 1)) src.next();
    });
  }));

  await compare('pause() in a listener mid-chunk', chunks(3, PER), 'go', scenario((rl, src, log, counts) => {
    const count = counter(log, 'line', counts);
    rl.on('line', (l) => {
      count(l);
      if (l === 'c0l300' || l === 'c1l800') {
        rl.pause();
        log('paused at', l);
        setTimeout(() => {
          rl.resume();
          src.next();
        }, 30);
      }
    });
  }));

  await compare('close() in a listener mid-chunk', chunks(2, PER), 'go', scenario((rl, src, log, counts) => {
    const count = counter(log, 'line', counts);
    rl.on('line', (l) => {
      count(l);
      if (l === 'c0l300') {
        rl.close();
        log('closed at', l);
        src.next();
      }
    });
  }));

  await compare('question() in a listener mid-chunk', chunks(2, PER), 'go', scenario((rl, src, log, counts) => {
    const count = counter(log, 'line', counts);
    rl.output = null;
    rl.on('line', (l) => {
      count(l);
      if (l === 'c0l300' || l === 'c0l301' || l === 'c1l1300') {
        rl.question('q? ', (a) => {
          log('answer', a);
          if (a === 'c0l302') rl.question('again? ', (b) => log('answer again', b));
        });
      }
      if (l === 'c0l' + (PER - 1)) src.next();
    });
  }));

  // A listener that throws: the exception reaches uncaughtException and
  // the rest of that chunk's lines are not emitted; the next chunk's are.
  // (A PassThrough would throw into its writer: the pipe alone.)
  await new Promise((resolve) => {
    const src = source('pipe', chunks(2, PER));
    src.kind = 'pipe';
    const rl = readline.createInterface({ input: src.input });
    started(src, rl, (...a) => console.log(' ', ...a));
    console.log('== a listener throws mid-chunk (pipe)');
    const counts = {};
    const log = (...a) => console.log(' ', ...a.map((x) => JSON.stringify(x)));
    const count = counter(log, 'line', counts);
    process.on('uncaughtException', (err) => {
      log('uncaught', err.message);
      setTimeout(() => src.next(), 20);
    });
    rl.on('line', (l) => {
      count(l);
      if (l === 'c0l300') throw new Error('thrown at ' + l);
    });
    rl.on('close', () => {
      log('close', JSON.stringify(counts));
      resolve();
    });
    src.next();
  });
})();
