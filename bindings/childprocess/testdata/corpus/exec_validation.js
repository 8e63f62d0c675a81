const { exec, execFile } = require('child_process');
const cases = [
  () => exec(5), () => exec('a\0b'), () => exec('echo', 5), () => exec('echo', {}, 'x'),
  () => exec('echo', { timeout: -5 }), () => exec('echo', { maxBuffer: -1 }), () => exec('echo', { maxBuffer: 'x' }),
  () => exec('echo', { killSignal: 'BAD' }), () => execFile('echo', ['a'], 5), () => execFile('echo', ['a'], {}, 5),
  () => execFile(5), () => execFile('echo', { argv0: 5 }), () => execFile('echo', { timeout: 1.5 }),
];
for (const f of cases) {
  try {
    const c = f();
    console.log('ok', typeof c.pid);
    c.on('error', () => {});
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
