// Advanced IPC serialization refuses a SharedArrayBuffer, as node does,
// and sends a view over one by value.
const { fork } = require('child_process');
if (process.argv[2] === 'child') {
  process.on('message', (m) => { console.log('child got', m); process.disconnect(); });
  return;
}
const c = fork(__filename, ['child'], { serialization: 'advanced' });
try { c.send(new SharedArrayBuffer(4)); } catch (e) { console.log(e.name, e.code, e.message); }
c.send({ view: new Int32Array(new SharedArrayBuffer(8)) });
c.on('exit', (code) => console.log('exit', code));
