const { spawn } = require('child_process');
const c = spawn('wc', ['-c']);
const chunk = Buffer.alloc(65536, 120);
let written = 0;
let drains = 0;
const total = 8 * 1024 * 1024;
function pump() {
  while (written < total) {
    written += chunk.length;
    if (!c.stdin.write(chunk)) {
      drains++;
      c.stdin.once('drain', pump);
      return;
    }
  }
  c.stdin.end();
}
let out = '';
c.stdout.on('data', (d) => (out += d));
c.on('close', (code) => console.log(out.trim(), code));
pump();
