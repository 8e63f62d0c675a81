const { spawn } = require('child_process');
const c = spawn('/usr/bin/env', [], { env: { FOO: 'bar', EMPTY: '', GONE: undefined, NUM: 42 } });
let out = '';
c.stdout.on('data', (d) => (out += d));
c.on('close', () => console.log(out.split('\n').filter(Boolean).sort().join('|')));
