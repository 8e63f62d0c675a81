// A 'data' listener that pauses the stream on every chunk, and a child
// killed meanwhile: after 'exit' the stream is resumed once, the listener
// pauses it again, and 'close' never comes; the process ends anyway,
// with output left unread in the pipe, as a paused pipe holds nothing.
const { spawn } = require('child_process');

const child = spawn('sh', ['-c', 'while :; do echo x; done']);
let exited = false;
let after = 0;
child.stdout.on('data', () => {
  if (exited) after++;
  child.stdout.pause();
});
child.stdout.once('data', () => setTimeout(() => child.kill(), 50));
child.stdout.on('end', () => console.log('stdout end'));
child.on('exit', (code, sig) => {
  exited = true;
  console.log('exit', code, sig);
});
child.on('close', () => console.log('close'));
process.on('exit', () => console.log('process exit, chunks after exit', after, 'flowing', child.stdout.readableFlowing));
