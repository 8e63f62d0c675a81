const { spawnSync } = require('child_process');
const cases = [
  [5], [''], ['ls', { timeout: -1 }], ['ls', { maxBuffer: -1 }], ['ls', { killSignal: 'NOPE' }],
  ['ls', { stdio: 'bad' }], ['ls', { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] }], ['ls', { cwd: 5 }], ['ls', 'str'],
  ['ls', { input: {} }], ['ls', { uid: 'x' }],
];
for (const a of cases) {
  try {
    const r = spawnSync(...a);
    console.log('ok', r.status);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
