// A fast child's output, its end and readline's close come before 'exit'.
const { spawn } = require('child_process');
const readline = require('readline');
const child = spawn('printf', ['a\\nb\\nc\\n']);
const t = (s) => console.log(s);
child.stdout.on('end', () => t('stdout end'));
child.on('exit', (code) => t('exit ' + code));
child.on('close', (code) => t('close ' + code));
const rl = readline.createInterface({ input: child.stdout });
rl.on('close', () => t('rl close'));
(async () => {
  for await (const l of rl) t('line ' + l);
  t('loop done, exitCode ' + child.exitCode);
})();
