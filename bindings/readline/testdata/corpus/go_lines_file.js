// Lines of fs.createReadStream through readline (split in Go under
// jsproc): a file with \r\n and multi-byte characters across the 64 KiB
// reads, start and end cutting characters and \r\n, a small
// highWaterMark, the stream's events in order, options.fs, an fd without
// autoClose, pause and resume, close in the middle, a second Interface
// after the first closed mid-chunk, a 'data' listener added mid-stream
// (back to the JS path), for await with break, a read error.
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');
const { expect, Summary } = require('./_lineshash');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jsproc-lines-'));
const file = path.join(dir, 'big.txt');
fs.writeFileSync(file, require('./_bigtext')());
const K = 64 * 1024;

function read(name, opts, rlOpts, hook) {
  return new Promise((resolve) => {
    const log = [];
    const input = fs.createReadStream(file, opts);
    for (const ev of ['open', 'ready', 'end', 'close', 'pause', 'resume']) input.on(ev, () => log.push('stream ' + ev));
    // A \r\n across two reads is one line end only when the second read
    // comes within crlfDelay of the first: Infinity, unless a scenario
    // says otherwise, so that a slow line listener changes nothing.
    const rl = readline.createInterface(Object.assign({ input, crlfDelay: Infinity }, rlOpts));
    expect(rl, 'go', name + ': started');
    const sum = new Summary();
    rl.on('line', (l) => {
      sum.add(l);
      if (hook) hook(rl, input, l, sum, log);
    });
    rl.on('error', (e) => log.push('rl error ' + e.code));
    rl.on('close', () => {
      log.push('rl close ' + sum.n);
      const done = () => setTimeout(() => {
        console.log('== ' + name);
        console.log('  ' + log.join(', '));
        console.log('  bytesRead ' + input.bytesRead + ' ' + sum);
        resolve(rl);
      }, 10);
      if (input.closed || !input.autoClose) done();
      else input.once('close', done);
    });
  });
}

(async () => {
  await read('whole file', undefined, {});
  await read('crlfDelay 5000, highWaterMark 7', { highWaterMark: 7 }, { crlfDelay: 5000 });
  await read('start inside the emoji, end inside the euro', { start: K - 1, end: 3 * K }, {});
  await read('start at the \\n of the \\r\\n, end at its \\r', { start: 2 * K, end: 2 * K + 2000 }, {});
  await read('start and end, highWaterMark 1000', { start: 100, end: 150000, highWaterMark: 1000 }, {});
  await read('end before the first newline', { start: 0, end: 3 }, {});
  // An fs whose read calls back before it returns.
  const syncFs = {
    open: fs.open,
    close: fs.close,
    read(fd, buf, off, len, pos, cb) {
      let n;
      try {
        n = fs.readSync(fd, buf, off, len, pos);
      } catch (e) {
        cb(e);
        return;
      }
      cb(null, n, buf);
    },
  };
  await read('options.fs whose read calls back at once', { fs: syncFs, highWaterMark: 1000, start: 3, end: 150000 }, {});
  const fd = fs.openSync(file, 'r');
  await read('fd, autoClose false', { fd, autoClose: false, start: 5 }, {});
  console.log('  fd still open: ' + (fs.fstatSync(fd).size > 0));
  fs.closeSync(fd);
  await read('pause and resume in line listeners', { highWaterMark: 5000 }, {}, (rl, input, l, sum, log) => {
    if (sum.n % 700 === 1) {
      rl.pause();
      log.push('paused at ' + sum.n);
      setTimeout(() => rl.resume(), 5);
    }
  });
  await read('close in the middle', { highWaterMark: 3000 }, {}, (rl, input, l, sum, log) => {
    if (sum.n === 100) {
      rl.close();
      log.push('destroyed ' + input.destroyed + ' paused ' + input.isPaused());
      input.destroy();
    }
  });
  {
    const input = fs.createReadStream(file, { highWaterMark: 3000 });
    const rl = readline.createInterface({ input, crlfDelay: Infinity });
    const first = new Summary();
    rl.on('line', (l) => {
      first.add(l);
      if (first.n === 100) rl.close();
    });
    await new Promise((r) => rl.on('close', () => setTimeout(r, 20)));
    const rl2 = readline.createInterface({ input, crlfDelay: Infinity });
    const second = new Summary();
    rl2.on('line', (l) => second.add(l));
    await new Promise((r) => rl2.on('close', r));
    console.log('== a second Interface after the first closed mid-chunk');
    console.log('  first ' + first.n + ', second ' + second);
  }
  let seen = 0;
  const rl = await read('a data listener added mid-stream', { highWaterMark: 4000 }, {}, (rl, input, l, sum, log) => {
    if (sum.n === 50) input.on('data', (d) => { seen += d.length; });
  });
  expect(rl, 'js', 'data listener: ended');
  console.log('  the data listener saw ' + seen);
  {
    const input = fs.createReadStream(file, { start: K - 100, highWaterMark: 10000 });
    const rl = readline.createInterface({ input, crlfDelay: Infinity });
    expect(rl, 'go', 'for await: started');
    const sum = new Summary();
    for await (const l of rl) {
      sum.add(l);
      if (sum.n === 600) break;
    }
    console.log('== for await with break');
    console.log('  ' + sum);
  }
  {
    const input = fs.createReadStream(dir);
    const rl = readline.createInterface({ input });
    await new Promise((r) => rl.on('error', (e) => { console.log('== a directory\n  rl error ' + e.code + ' ' + e.syscall); r(); }));
  }
  fs.rmSync(dir, { recursive: true });
})();
