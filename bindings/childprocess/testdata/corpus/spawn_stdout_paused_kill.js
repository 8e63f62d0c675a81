// A child killed while the script has paused its stdout, with the pipe
// still full of output: 'exit' fires, then the stream is resumed (as node
// flushes a stdio stream nobody listens for 'readable' on), reads to the
// end, and 'close' follows; the process ends.
const { spawn } = require('child_process');

const child = spawn('yes');
let chunks = 0;
child.stdout.once('data', () => {
  chunks++;
  child.stdout.pause();
  console.log('paused, flowing', child.stdout.readableFlowing);
  setTimeout(() => console.log('killed', child.kill()), 50);
});
child.stdout.on('end', () => console.log('stdout end'));
child.on('exit', (code, sig) => console.log('exit', code, sig, 'flowing', child.stdout.readableFlowing));
child.on('close', (code, sig) => console.log('close', code, sig, 'flowing', child.stdout.readableFlowing));
process.on('exit', () => console.log('process exit, chunks seen', chunks));
