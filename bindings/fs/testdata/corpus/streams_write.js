const fs = require('fs');
const path = require('./_tmp');
const dir = path('ws');
const f = path.join(dir, 'out.txt');
const ws = fs.createWriteStream(f);
ws.on('open', () => console.log('open', ws.pending));
ws.on('ready', () => console.log('ready'));
ws.write('hello ');
ws.write(Buffer.from('world\n'));
for (let i = 0; i < 100; i++) ws.write('n' + i + '\n');
ws.end('bye\n', () => console.log('end cb'));
ws.on('finish', () => console.log('finish', ws.bytesWritten));
ws.on('close', () => {
  console.log('close', fs.readFileSync(f, 'utf8').split('\n').length);
  const a = fs.createWriteStream(f, { flags: 'a' });
  a.end('appended\n');
  a.on('close', () => {
    const lines = fs.readFileSync(f, 'utf8').split('\n');
    console.log(lines[lines.length - 2]);
    const p = fs.createWriteStream(f, { flags: 'r+', start: 0 });
    p.write('HELLO');
    p.end();
    p.on('close', () => {
      console.log(fs.readFileSync(f, 'utf8').slice(0, 12));
      const bad = fs.createWriteStream(path.join(dir, 'no/such/file'));
      bad.on('error', (e) => console.log('error', e.code, e.syscall));
      bad.on('close', () => console.log('bad close'));
    });
  });
});
