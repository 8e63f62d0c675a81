const { spawn } = require('child_process');
const c = spawn('printf', ['h\\303\\251llo \\342\\202\\254']);
c.stdout.setEncoding('utf8');
const parts = [];
c.stdout.on('data', (d) => parts.push(typeof d));
let s = '';
c.stdout.on('data', (d) => (s += d));
c.on('close', () => {
  console.log(s, s.length, parts[0]);
  const h = spawn('printf', ['AB']);
  h.stdout.setEncoding('hex');
  h.stdout.on('data', (d) => console.log('hex', d));
});
