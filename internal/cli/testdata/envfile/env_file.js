// --env-file and --env-file-if-exists: variables of the files are set
// before the script runs, a later file overriding an earlier one and the
// inherited environment winning over both; a missing --env-file (or a
// directory) stops start-up with exit code 9, a missing
// --env-file-if-exists is only reported. The program's name, which starts
// its error lines, is left out.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jsproc-envfile-'));
const show = 'console.log(JSON.stringify([process.env.EF_A, process.env.EF_B, process.env.EF_C, process.env.EF_MULTI, process.env.EF_SPACED]))';

function run(args, env = {}) {
  const base = { ...process.env };
  for (const k of Object.keys(base)) if (k.startsWith('EF_')) delete base[k];
  const r = spawnSync(process.execPath, args, { cwd: dir, env: { ...base, ...env }, encoding: 'utf8' });
  console.log(args.filter((a) => a !== show).join(' ').split(dir).join('<dir>'), '->', r.status);
  if (r.stdout) process.stdout.write(r.stdout);
  if (r.stderr) process.stdout.write('stderr: ' + r.stderr.replace(/^[^\s:]+: /gm, ''));
}

try {
  fs.writeFileSync(path.join(dir, 'one.env'), [
    '# settings',
    'EF_A=one',
    'export EF_B = "two words"   # comment',
    'EF_MULTI="first\\nsecond',
    'third"',
    '    EF_SPACED = \'  kept  \'',
    '',
  ].join('\n'));
  fs.writeFileSync(path.join(dir, 'two.env'), 'EF_A=overridden\r\nEF_C=`c`\r\n');
  fs.mkdirSync(path.join(dir, 'sub'));

  run(['--env-file=one.env', '-e', show]);
  run(['--env-file', 'one.env', '--env-file=two.env', '-e', show]);
  run(['--env-file=two.env', '--env-file=one.env', '-e', show]);
  run(['--env-file=one.env', '-e', show], { EF_A: 'inherited', EF_C: '' });
  run(['--env-file=' + path.join(dir, 'two.env'), '-p', 'process.execArgv.length']);
  run(['--env-file=missing.env', '-e', show]);
  run(['--env-file=sub', '-e', show]);
  run(['--env-file-if-exists=missing.env', '--env-file-if-exists=two.env', '-e', show]);
  run(['-e', show, '--env-file=one.env']);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
