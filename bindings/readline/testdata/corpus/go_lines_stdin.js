// Lines of process.stdin through readline (split in Go under jsproc), in a
// child whose stdin is a file or a pipe: \r\n and multi-byte characters
// across the 64 KiB reads, pause and resume, close in the middle, a 'data'
// listener added mid-stream (back to the JS path), a second Interface
// after the first closed mid-chunk, for await with break,
// and chunks written one by one that split characters and \r\n.
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jsproc-stdin-'));
const file = path.join(dir, 'big.txt');
fs.writeFileSync(file, require('./_bigtext')());

function run(name, mode, stdin, feed) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(__dirname, '_stdin_child.js'), mode], { stdio: [stdin, 'pipe', 'inherit'] });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d) => { out += d; });
    if (feed) feed(child.stdin);
    child.on('close', (code) => {
      console.log('== ' + name + ' (exit ' + code + ')');
      console.log('  ' + out.trimEnd().split('\n').join('\n  '));
      resolve();
    });
  });
}

// fromFile gives the child the file as its stdin (a file descriptor).
function fromFile() {
  return fs.openSync(file, 'r');
}

(async () => {
  for (const mode of ['lines', 'pause', 'close', 'second', 'data', 'await']) {
    const fd = fromFile();
    await run(mode + ', stdin a file', mode, fd);
    fs.closeSync(fd);
  }
  await run('lines, stdin a pipe', 'lines', 'pipe', (stdin) => {
    stdin.end(fs.readFileSync(file));
  });
  const b = (...parts) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
  const chunks = [b('ab', [0xc3]), b([0xa9], 'cd\r'), b('\nef', [0xf0, 0x9f]), b([0x98, 0x80], '\r\r'), b('\n', [0xe2, 0x82]), b([0xac], 'end')];
  await run('chunks one by one, stdin a pipe', 'chunks', 'pipe', (stdin) => {
    let i = 0;
    const t = setInterval(() => {
      stdin.write(chunks[i++]);
      if (i === chunks.length) {
        clearInterval(t);
        stdin.end();
      }
    }, 20);
  });
  fs.rmSync(dir, { recursive: true });
})();
