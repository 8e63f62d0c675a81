'use strict';
// A process whose stdin is a pipe that stays open exits once nothing but
// the paused stdin is left: a readline interface opened and closed on
// stdin, a listener removed after pause, a resume() then pause().
const { spawn } = require('child_process');

const mode = process.argv[2];
if (mode) {
  if (mode === 'readline') {
    const rl = require('readline').createInterface({ input: process.stdin, output: process.stdout });
    rl.close();
  } else if (mode === 'listener') {
    process.stdin.on('data', () => {});
    process.stdin.pause();
  } else {
    process.stdin.resume();
    process.stdin.pause();
  }
  console.log(mode, 'paused', process.stdin.isPaused());
} else {
  const run = (modes) => {
    if (modes.length === 0) return;
    const child = spawn(process.execPath, [__filename, modes[0]], { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    const timer = setTimeout(() => {
      console.log(modes[0], 'still running');
      child.kill();
    }, 10000);
    child.on('close', (code) => {
      clearTimeout(timer);
      console.log(out.trim(), 'exit', code);
      child.stdin.end();
      run(modes.slice(1));
    });
  };
  run(['readline', 'listener', 'resume']);
}
