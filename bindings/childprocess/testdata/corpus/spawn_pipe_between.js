const { spawn } = require('child_process');
// printf | sort | uniq -c, wired with pipe().
const a = spawn('printf', ['b\\na\\nb\\nc\\na\\nb\\n']);
const b = spawn('sort');
const c = spawn('uniq', ['-c']);
a.stdout.pipe(b.stdin);
b.stdout.pipe(c.stdin);
let out = '';
c.stdout.on('data', (d) => (out += d));
c.on('close', () => console.log(out.split('\n').map((l) => l.trim()).filter(Boolean).join(' | ')));
