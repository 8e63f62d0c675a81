// A child that failed to start (ENOENT) still has its pipes, as under
// node: writes to stdin fail with EPIPE (the write's callback, no 'error'
// on stdin), end()'s callback gets ERR_STREAM_DESTROYED, the output pipes
// end and close, and the pipes' 'close' comes after the loop turn's
// immediates, the last closed first. (kill() on a failed child is left
// out: node's sends the signal to pid 0, its whole process group.)
const { spawn } = require('child_process');
const log = (...a) => console.log(...a);

function watch(name, c) {
  for (const ev of ['error', 'exit', 'close', 'spawn']) c.on(ev, (a) => log(name, ev, a && a.code || a));
  for (const n of ['stdin', 'stdout', 'stderr']) {
    const s = c[n];
    if (!s) continue;
    for (const ev of ['error', 'close', 'end', 'finish']) s.on(ev, (a) => log(name, n, ev, a && a.code || a, s.destroyed));
  }
}

const a = spawn('no-such-command-xyz', ['a']);
watch('a', a);
log('write', a.stdin.write('hello\n', (e) => log('a write cb', e.code, e.syscall, e.errno, e.message)));
a.stdin.write('again', (e) => log('a second write cb', e.code));
log('after write', a.stdin.writable, a.stdin.destroyed, a.stdin.writableLength);

const b = spawn('no-such-command-xyz', { stdio: ['pipe', 'ignore', 'pipe'] });
watch('b', b);
b.stdin.end((e) => log('b end cb', e && e.code, e && e.message));
b.on('error', () => {
  log('b late write', b.stdin.write('x', (e) => log('b late cb', e.code)));
  setImmediate(() => log('immediate from error'));
});

const c = spawn('no-such-command-xyz', { stdio: ['ignore', 'pipe', 'ignore'] });
watch('c', c);
c.stdout.on('data', (d) => log('c data', d));

process.nextTick(() => log('tick'));
let i = 0;
(function next() {
  log('immediate', i);
  if (++i < 4) setImmediate(next);
})();
