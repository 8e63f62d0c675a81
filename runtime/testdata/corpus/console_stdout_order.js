// console.log and process.stdout.write keep their order both ways, on a
// pipe and on a file, untouched, with the stream built, and patched.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const child = `
  const mode = process.argv[1];
  if (mode === 'built') process.stdout.columns;
  if (mode === 'patched') {
    const w = process.stdout.write;
    process.stdout.write = function (c, ...r) { return w.call(this, '[p]' + c, ...r); };
  }
  for (let i = 0; i < 3; i++) {
    console.log('log', i);
    process.stdout.write('write ' + i + '\\n');
    console.error('err', i);
    process.stderr.write('errw ' + i + '\\n');
  }
  process.stdout.write('tail', () => console.log(' after callback'));
`;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'console-order-'));
for (const mode of ['plain', 'built', 'patched']) {
  const piped = spawnSync(process.execPath, ['-e', child, mode], { encoding: 'utf8' });
  console.log(`${mode} pipe:`, JSON.stringify(piped.stdout), JSON.stringify(piped.stderr));
  const file = path.join(dir, `${mode}.txt`);
  const fd = fs.openSync(file, 'w');
  const res = spawnSync(process.execPath, ['-e', child, mode], { stdio: ['ignore', fd, fd] });
  fs.closeSync(fd);
  console.log(`${mode} file:`, res.status, JSON.stringify(fs.readFileSync(file, 'utf8')));
}
fs.rmSync(dir, { recursive: true });
