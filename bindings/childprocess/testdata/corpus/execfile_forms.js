const { execFile } = require('child_process');
const steps = [
  (next) => execFile('pwd', (err, out) => next('1', err, out.length > 1)),
  (next) => execFile('pwd', { cwd: '/' }, (err, out) => next('2', JSON.stringify(out))),
  (next) => execFile('echo', ['x'], { encoding: 'buffer' }, (err, out) => next('3', Buffer.isBuffer(out), out.toString('hex'))),
  (next) => execFile('echo', null, (err, out) => next('4', JSON.stringify(out))),
  (next) => {
    const c = execFile('echo', ['no callback']);
    c.stdout.on('data', (d) => next('5', JSON.stringify(String(d))));
  },
];
(function run(i) {
  if (i === steps.length) return;
  steps[i]((...a) => {
    console.log(...a);
    run(i + 1);
  });
})(0);
