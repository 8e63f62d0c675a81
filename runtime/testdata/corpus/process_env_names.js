'use strict';
// Names the environment cannot hold are dropped on assignment, silently:
// an empty name or one holding '='; a name ends at its first NUL. A child
// sees only what was kept.
const { spawnSync } = require('child_process');

const names = ['=D:', 'A=B', '=', '', 'TRAILING=', 'JSPROC_ENV_NAME_OK', 'JSPROC_NUL\u0000TAIL'];
for (const name of names) {
  process.env[name] = 'v-' + name.length;
  console.log(JSON.stringify(name), name in process.env, JSON.stringify(process.env[name]));
}
console.log(Object.keys(process.env).filter((k) => k === '' || k.includes('=') || k.startsWith('JSPROC_')).sort());
console.log(delete process.env['=D:'], delete process.env.JSPROC_NUL);
const child = spawnSync(process.execPath, ['-e', `
  const keys = Object.keys(process.env).filter((k) => k.includes('=') || k.startsWith('JSPROC_'));
  console.log(keys.sort().join(','));
`], { encoding: 'utf8' });
console.log('child', child.stdout.trim());
const explicit = spawnSync(process.execPath, ['-e', 'console.log(Object.keys(process.env).sort().join(","))'],
  { env: { 'X=Y': '1', GOOD: '2' }, encoding: 'utf8' });
console.log('explicit env', explicit.stdout.trim(), explicit.status);
