'use strict';
// process.stdout and process.stderr are writable and never readable,
// whether they are a pipe or a file.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const describe = () => JSON.stringify([process.stdout, process.stderr].map((s) => [s.readable, s.writable, s.writableEnded]));
if (process.argv[2] === 'child') {
  console.log(describe());
  return;
}
console.log('pipe', describe());
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stdio-'));
const file = path.join(dir, 'out');
const fd = fs.openSync(file, 'w');
spawnSync(process.execPath, [__filename, 'child'], { stdio: ['ignore', fd, fd] });
fs.closeSync(fd);
console.log('file', fs.readFileSync(file, 'utf8').trim());
fs.rmSync(dir, { recursive: true });
