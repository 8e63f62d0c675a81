// A child's output stream as the next child's stdin: cat | grep | wc built
// from three spawns, 1 MiB of lines moving process to process. The parent
// reads none of it, and the streams handed over are the children's, not
// the script's (stdin is null where a stream was given).
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pipeline-'));
const file = path.join(dir, 'data.txt');
const line = 'x'.repeat(1023) + '\n';
fs.writeFileSync(file, line.repeat(1024) + 'no match here\n');

const cat = spawn('cat', [file]);
const grep = spawn('grep', ['x'], { stdio: [cat.stdout, 'pipe', 'pipe'] });
const wc = spawn('wc', ['-c'], { stdio: [grep.stdout, 'pipe', 'pipe'] });
console.log('stdin given:', grep.stdin === null, wc.stdin === null, grep.stdio[0] === null);
let parentRead = 0;
const orig = cat.stdout.push;
cat.stdout.push = function (chunk) {
  if (chunk) parentRead += chunk.length;
  return orig.apply(this, arguments);
};
let out = '';
wc.stdout.on('data', (d) => { out += d; });
const exits = {};
for (const [name, child] of Object.entries({ cat, grep, wc })) {
  child.on('exit', (code, signal) => { exits[name] = [code, signal]; });
}
wc.on('close', (code) => {
  console.log('wc counted', out.trim(), 'closed with', code);
  setTimeout(() => {
    console.log('exits', Object.keys(exits).sort().map((k) => k + ':' + exits[k].join('/')).join(' '));
    console.log('parent read', parentRead);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 50);
});
