const crypto = require('crypto');
const { spawn } = require('child_process');
const { pipeline } = require('stream');
const child = spawn('head', ['-c', '3000000', '/dev/zero']);
const hash = crypto.createHash('sha256');
pipeline(child.stdout, hash, (err) => {
  console.log('done', err, hash.read().toString('hex'));
});
const child2 = spawn('printf', ['line1\\nline2\\n']);
const h2 = crypto.createHash('sha1');
child2.stdout.on('data', (d) => h2.update(d));
child2.on('close', (code) => console.log('close', code, h2.digest('hex')));
