const { Worker } = require('worker_threads');
function attempt(label, fn) {
  try { fn(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
attempt('bare name', () => new Worker('foo.js'));
attempt('http url', () => new Worker(new URL('http://example.com/w.js')));
attempt('number', () => new Worker(5));
attempt('argv', () => new Worker('./x.js', { argv: 5 }));
attempt('env', () => new Worker('./x.js', { env: 5 }));
attempt('execArgv', () => new Worker('./x.js', { execArgv: 'x' }));
const w = new Worker('./does-not-exist.js');
w.on('error', (e) => console.log('missing file error', e.name, e.code));
w.on('exit', (c) => console.log('exit', c));
