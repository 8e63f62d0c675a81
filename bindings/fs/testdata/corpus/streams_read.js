const fs = require('fs');
const path = require('./_tmp');
const dir = path('rs');
const f = path.join(dir, 'data.txt');
let s = '';
for (let i = 0; i < 5000; i++) s += 'line ' + i + '\n';
fs.writeFileSync(f, s);
const rs = fs.createReadStream(f, { highWaterMark: 1024 });
let chunks = 0, total = 0;
rs.on('open', (fd) => console.log('open', typeof fd, rs.pending));
rs.on('ready', () => console.log('ready'));
rs.on('data', (c) => { chunks++; total += c.length; });
rs.on('end', () => console.log('end', chunks, total, rs.bytesRead));
rs.on('close', () => {
  console.log('close', rs.destroyed);
  const r2 = fs.createReadStream(f, { start: 5, end: 14, encoding: 'utf8' });
  let out = '';
  r2.on('data', (d) => { out += d; });
  r2.on('end', () => {
    console.log(JSON.stringify(out));
    const r3 = fs.createReadStream(path.join(dir, 'missing'));
    r3.on('error', (e) => console.log('error', e.code, e.syscall));
    r3.on('close', () => {
      console.log('r3 close');
      const fd = fs.openSync(f, 'r');
      const r4 = fs.createReadStream(null, { fd, start: 0, end: 3 });
      r4.setEncoding('utf8');
      r4.on('data', (d) => console.log('fd data', JSON.stringify(d)));
      r4.on('close', () => console.log('r4 close'));
    });
  });
});
try { fs.createReadStream(f, { start: 5, end: 2 }); } catch (e) { console.log(e.code, e.message); }
try { fs.createReadStream(f, { start: 'x' }); } catch (e) { console.log(e.code, e.message); }
