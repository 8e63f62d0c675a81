// The events of an Interface whose lines are split in Go (a child's pipe
// under jsproc) against the JS path (a PassThrough): pause and resume,
// close in the middle of a chunk, listeners added mid-stream, setEncoding,
// write(), question(), a pause of the input from outside. Chunks that a
// scenario reacts to are sent only once it has seen their last line.
const readline = require('readline');
const { every, compare, started } = require('./_source');

// lineChunks(n, per), marked so that the feeder makes them itself.
function lineChunks(n, per) {
  const chunks = require('./_linechunks')(n, per);
  chunks.lines = n + ',' + per;
  return chunks;
}

function watch(rl, log, resolve) {
  for (const ev of ['pause', 'resume']) rl.on(ev, () => log(ev));
  rl.on('close', () => {
    log('close');
    setTimeout(() => resolve(rl), 20);
  });
}

(async () => {
  await compare('pause in a line listener, resume later', lineChunks(3, 3), 'go', (src, log) => new Promise((resolve) => {
    const rl = readline.createInterface({ input: src.input });
    started(src, rl, log);
    watch(rl, log, resolve);
    rl.on('line', (l) => {
      log('line', l, rl.paused);
      if (l === 'c0l0' || l === 'c1l0') {
        rl.pause();
        setTimeout(() => {
          log('resuming');
          rl.resume();
          log('resumed');
          src.next();
        }, 40);
      }
    });
    src.next();
  }));

  await compare('close in the middle of a chunk', lineChunks(3, 4), 'go', (src, log) => new Promise((resolve) => {
    const rl = readline.createInterface({ input: src.input });
    started(src, rl, log);
    watch(rl, log, resolve);
    rl.on('line', (l) => {
      log('line', l);
      if (l === 'c1l1') {
        rl.close();
        src.next();
      }
      if (l === 'c0l3') src.next();
    });
    src.next();
  }));

  await compare('a data listener added mid-stream', lineChunks(4, 2), 'js', (src, log) => new Promise((resolve) => {
    const rl = readline.createInterface({ input: src.input });
    started(src, rl, log);
    watch(rl, log, resolve);
    rl.on('line', (l) => {
      log('line', l);
      if (l === 'c1l0') src.input.on('data', (d) => log('data', String(d)));
      if (l.endsWith('l1')) src.next();
    });
    src.next();
  }));

  await compare('a second line listener and a removed one', lineChunks(3, 3), 'go', (src, log) => new Promise((resolve) => {
    const rl = readline.createInterface({ input: src.input });
    started(src, rl, log);
    watch(rl, log, resolve);
    const second = (l) => log('second', l);
    rl.on('line', (l) => {
      log('line', l);
      if (l === 'c0l1') rl.on('line', second);
      if (l === 'c1l1') rl.removeListener('line', second);
      if (l.endsWith('l2')) src.next();
    });
    src.next();
  }));

  await compare('setEncoding mid-stream', [Buffer.from('a\nb'), Buffer.from([0xc3]), Buffer.from([0xa9, 0x0a, 0x63, 0x0a])], 'js', (src, log) => new Promise((resolve) => {
    const rl = readline.createInterface({ input: src.input });
    started(src, rl, log);
    watch(rl, log, resolve);
    rl.on('line', (l) => {
      log('line', l);
      if (l === 'a') {
        src.input.setEncoding('latin1');
        setTimeout(() => { src.next(); setTimeout(() => src.next(), 20); }, 20);
      }
    });
    src.next();
  }));

  await compare('write() mid-stream', [Buffer.from('one\n'), Buffer.from('two\nthree\n')], 'js', (src, log) => new Promise((resolve) => {
    const rl = readline.createInterface({ input: src.input });
    started(src, rl, log);
    watch(rl, log, resolve);
    rl.on('line', (l) => {
      log('line', l);
      if (l === 'one') {
        rl.write('typed\n');
        setTimeout(() => src.next(), 20);
      }
    });
    src.next();
  }));

  await compare('question()', lineChunks(2, 2), 'go', (src, log) => new Promise((resolve) => {
    const rl = readline.createInterface({ input: src.input, output: null });
    started(src, rl, log);
    watch(rl, log, resolve);
    rl.on('line', (l) => {
      log('line', l);
      if (l === 'c0l0') {
        rl.question('q? ', (a) => {
          log('answer', a);
          src.next();
        });
      }
      if (l.endsWith('l1')) src.next();
    });
    src.next();
  }));

  await compare('the input paused from outside', lineChunks(3, 2), 'go', (src, log) => new Promise((resolve) => {
    const rl = readline.createInterface({ input: src.input });
    started(src, rl, log);
    watch(rl, log, resolve);
    rl.on('line', (l) => {
      log('line', l, rl.paused, src.input.isPaused());
      if (l === 'c0l1') {
        src.input.pause();
        src.next();
        setTimeout(() => {
          log('input resumes');
          src.input.resume();
        }, 40);
      }
      if (l === 'c1l1') src.next();
    });
    src.next();
  }));

  await compare('a partial line left when the input goes back', [Buffer.from('ab\r'), Buffer.from('\ncd'), Buffer.from([0xc3]), Buffer.from([0xa9, 0x0a])], 'js', (src, log) => new Promise((resolve) => {
    const rl = readline.createInterface({ input: src.input, crlfDelay: Infinity });
    started(src, rl, log);
    watch(rl, log, resolve);
    // The chunk that the Go side splits last ends with \r; the next ones
    // go to readline's 'data' listener, then to ours, which asks for more.
    rl.on('line', (l) => {
      log('line', l);
      if (l === 'ab') {
        src.input.on('data', (d) => {
          log('data', d.length);
          src.next();
        });
        src.next();
      }
    });
    src.next();
  }));
})();
