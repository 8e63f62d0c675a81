// A 'readable' listener that never reads: the stream is not flushed after
// 'exit' (someone listens for 'readable'), so the killed child's stdout
// never ends and 'close' never comes, yet the process ends: the pipe
// stopped reading once the stream's buffer filled.
const { spawn } = require('child_process');

const child = spawn('yes');
let readable = 0;
child.stdout.on('readable', () => {
  if (readable++ === 0) setTimeout(() => console.log('killed', child.kill()), 50);
});
child.on('exit', (code, sig) => console.log('exit', code, sig));
child.on('close', () => console.log('close'));
process.on('exit', () => {
  console.log('process exit, ended', child.stdout.readableEnded);
  console.log('buffered at least the high water mark',
    child.stdout.readableLength >= child.stdout.readableHighWaterMark);
});
