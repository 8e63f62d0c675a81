// stderr: report
// process.stdout replaced with Object.defineProperty before the console's
// first use is what the global console writes to (node binds it then),
// and a write error of a stream of its own is swallowed.
const lines = [];
const { Writable } = require('stream');
Object.defineProperty(process, 'stdout', {
  configurable: true,
  enumerable: true,
  value: new Writable({ write(c, e, cb) { lines.push(String(c)); cb(); } }),
});
console.log('hidden %s', 'line');
console.info('hidden info');
process.stderr.write(JSON.stringify(lines) + '\n');

const failing = new Writable({ write(c, e, cb) { process.nextTick(cb, new Error('boom')); } });
const c = new console.Console(failing);
c.log('swallowed');
c.error('also swallowed');
failing.on('close', () => process.stderr.write('closed after the error\n'));
