// A stream paused before any output: after 'exit' it is resumed, so its
// end and the child's 'close' still come.
const { spawn } = require('child_process');

const child = spawn('sh', ['-c', 'echo hi; echo there >&2']);
child.stdout.pause();
child.stderr.pause();
console.log('flowing', child.stdout.readableFlowing, child.stderr.readableFlowing);
child.stdout.on('end', () => console.log('stdout end'));
child.stderr.on('end', () => console.log('stderr end'));
child.on('exit', (code) => console.log('exit', code, 'flowing', child.stdout.readableFlowing, child.stderr.readableFlowing));
child.on('close', (code) => console.log('close', code, 'flowing', child.stdout.readableFlowing, child.stderr.readableFlowing));
