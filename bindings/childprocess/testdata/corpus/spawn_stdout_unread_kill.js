// A child whose stdout the script never reads fills its pipe; killed, it
// still gets 'exit' and then 'close', as the stream is drained after
// 'exit', and the process ends.
const { spawn } = require('child_process');

const child = spawn('yes');
child.stderr.on('data', () => {});
setTimeout(() => console.log('killed', child.kill()), 100);
child.on('exit', (code, sig) => console.log('exit', code, sig));
child.on('close', (code, sig) => console.log('close', code, sig, 'ended', child.stdout.readableEnded));
process.on('exit', () => console.log('process exit'));
