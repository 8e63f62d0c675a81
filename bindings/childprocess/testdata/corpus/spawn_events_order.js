const { spawn } = require('child_process');
const events = [];
const c = spawn('sh', ['-c', 'echo out; echo err >&2; exit 3']);
c.on('spawn', () => events.push('spawn'));
c.on('exit', (code, sig) => events.push('exit ' + code + ' ' + sig));
c.stdout.on('end', () => events.push('stdout end'));
c.stderr.on('end', () => events.push('stderr end'));
c.stdout.on('data', () => {});
c.stderr.on('data', () => {});
c.on('close', (code, sig) => {
  events.push('close ' + code + ' ' + sig);
  // exit and the stream ends may interleave; spawn is first and close last.
  console.log(events[0], events[events.length - 1], events.length);
  console.log(events.slice(1, -1).sort().join(', '));
});
