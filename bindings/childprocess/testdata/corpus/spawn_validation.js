const { spawn } = require('child_process');
const cases = [
  [], [1], [''], ['a\0b'], ['ls', 5], ['ls', ['a\0']], ['ls', [], null], ['ls', [], 'x'],
  ['ls', { cwd: 1 }], ['ls', { cwd: 'a\0' }], ['ls', { detached: 1 }], ['ls', { uid: 'a' }], ['ls', { gid: 1.5 }],
  ['ls', { shell: 1 }], ['ls', { argv0: 1 }], ['ls', { windowsHide: 'x' }], ['ls', { windowsVerbatimArguments: 1 }],
  ['ls', { timeout: -1 }], ['ls', { timeout: 1.5 }], ['ls', { timeout: 'x' }], ['ls', { killSignal: 'NOPE' }],
  ['ls', { killSignal: true }], ['ls', { signal: {} }], ['ls', { signal: 'x' }], ['ls', { stdio: 'foo' }],
  ['ls', { stdio: ['pipe', {}] }], ['ls', { stdio: 5 }], ['ls', { stdio: [Buffer.from('a')] }], ['ls', { env: { A: 'x\0' } }],
  ['ls', { shell: 'a\0' }],
];
for (const args of cases) {
  try {
    const c = spawn(...args);
    console.log('ok', c.constructor.name);
    c.on('error', () => {});
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
