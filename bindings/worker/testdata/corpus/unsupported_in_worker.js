const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  const out = [];
  try { process.chdir('/'); } catch (e) { out.push([e.name, e.code, e.message]); }
  try { process.umask(0o22); } catch (e) { out.push([e.name, e.code, e.message]); }
  out.push(typeof process.umask(), typeof process.send, process.cwd() === ${JSON.stringify(process.cwd())});
  parentPort.postMessage(out);
`, { eval: true });
w.on('message', (m) => console.log(m));
w.on('exit', (c) => console.log('exit', c));
