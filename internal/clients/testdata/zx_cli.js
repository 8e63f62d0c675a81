// The zx CLI, run by the runtime running this script (node under node,
// jsproc under jsproc), on a zx script.
const { spawnSync } = require('child_process');
const path = require('path');

const cli = path.join(__dirname, 'node_modules', 'zx', 'build', 'cli.js');
const r = spawnSync(process.execPath, [cli, '--quiet', path.join(__dirname, '_zx_task.mjs'), 'x', 'y'], { encoding: 'utf8' });
console.log(r.status, r.signal);
process.stdout.write(r.stdout);
if (r.stderr) console.log('stderr:', JSON.stringify(r.stderr.slice(0, 300)));
