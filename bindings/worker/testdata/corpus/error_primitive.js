const { Worker } = require('worker_threads');
function run(src, label) {
  return new Promise((resolve) => {
    const w = new Worker(src, { eval: true });
    w.on('error', (e) => console.log(label, 'error', typeof e, e instanceof Error ? e.name + ': ' + e.message : e));
    w.on('exit', (code) => { console.log(label, 'exit', code); resolve(); });
  });
}
(async () => {
  await run('throw 42', 'number');
  await run('throw "text"', 'string');
  await run('Promise.reject(new RangeError("rejected"))', 'rejection');
  await run('throw { plain: true }', 'object');
  await run('notDefinedAnywhere + 1', 'referenceerror');
})();
