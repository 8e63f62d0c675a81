const { Worker } = require('worker_threads');
const w = new Worker(`
  const e = new TypeError('bad thing');
  e.code = 'E_BAD';
  e.extra = { a: 1, list: [1, 2] };
  throw e;
`, { eval: true });
w.on('error', (e) => {
  console.log('error', e.name, e.message, e instanceof TypeError, e instanceof Error);
  console.log('props', e.code, e.extra, Object.keys(e));
});
w.on('exit', (code) => console.log('exit', code));
