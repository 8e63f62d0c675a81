// A child's output reaches 'data' in chunks of at most 64 KiB, as node's
// reads give them: output all waiting in the pipe when the parent first
// reads it is cut at 65,536 bytes, on stdout as on stderr. The parent
// holds its loop until the child has written everything (a marker file
// says so), so that the sizes do not depend on timing.
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const os = require('os');

function run(n, fd, next) {
  const marker = path.join(os.tmpdir(), `chunk_sizes_${process.pid}_${n}_${fd}`);
  try { fs.unlinkSync(marker); } catch {}
  const c = spawn('sh', ['-c', `head -c ${n} /dev/zero >&${fd}; : > "$M"`], { env: { ...process.env, M: marker } });
  const sizes = [];
  c[fd === 1 ? 'stdout' : 'stderr'].on('data', (d) => sizes.push(d.length));
  c.on('close', (code) => {
    console.log('fd', fd, n, sizes.join(' '), 'code', code);
    next();
  });
  const deadline = Date.now() + 10000;
  while (!fs.existsSync(marker) && Date.now() < deadline);
  fs.unlinkSync(marker);
}

const steps = [[100000, 1], [65536, 1], [65537, 1], [150000, 1], [70000, 2], [1000, 1]];
let i = 0;
(function next() {
  if (i < steps.length) {
    const [n, fd] = steps[i++];
    run(n, fd, next);
  }
})();
