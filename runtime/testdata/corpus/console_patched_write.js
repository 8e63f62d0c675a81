// console writes through a replaced process.stdout.write and
// process.stderr.write, in order with direct writes, and natively again
// once the original write is back.
const captured = [];
console.log('before');
const origOut = process.stdout.write;
process.stdout.write = function (chunk, ...rest) {
  captured.push(String(chunk));
  return true;
};
console.log('captured %d', 1);
console.info('info');
console.debug('debug');
console.table([{ a: 1 }]);
process.stdout.write('direct\n');
process.stdout.write = origOut;
console.log('after');
process.stdout.write('direct after\n');
console.log('last out');

const errs = [];
const origErr = process.stderr.write;
process.stderr.write = (chunk) => { errs.push(String(chunk).split('\n')[0]); return true; };
console.error('e1');
console.warn('w1');
console.trace('t1');
console.assert(false, 'a1');
process.stderr.write = origErr;

console.log(JSON.stringify(captured));
console.log(JSON.stringify(errs));
console.log(console._stdout === process.stdout, console._stderr === process.stderr);
console.log(Object.keys(console).includes('_stdout'));

// Suppressing output, as spinners and test runners do.
process.stdout.write = () => true;
console.log('suppressed');
delete process.stdout.write;
console.log('visible again', typeof process.stdout.write);

// console._stdout reassigned redirects the global console.
const { Writable } = require('stream');
const got = [];
const sink = new Writable({ write(c, e, cb) { got.push(String(c)); cb(); } });
const saved = console._stdout;
console._stdout = sink;
console.log('to sink');
console._stdout = saved;
console.log(JSON.stringify(got));

// A Console over process.stdout, and over a stream of its own.
const c = new console.Console(process.stdout);
c.log('instance line', { a: 1 });
console.log(c._stdout === process.stdout, c._stderr === process.stdout);
const mine = [];
const c2 = new console.Console({ stdout: new Writable({ write(ch, e, cb) { mine.push(String(ch)); cb(); } }) });
c2.log('x %s', 'y');
c2.error('to the same stream');
console.log(JSON.stringify(mine));

// A subclass's override is the method an instance binds.
class Quiet extends console.Console {
  log(...args) { return `quiet: ${args.join(' ')}`; }
}
const q = new Quiet(process.stdout);
const qlog = q.log;
console.log(q.log('a'), qlog('b'), q instanceof console.Console);

// The default warning goes through console.error, so stderr.write sees it.
const EventEmitter = require('events');
const seen = [];
process.stderr.write = (chunk) => { seen.push(/MaxListenersExceededWarning/.test(chunk)); return true; };
process.on('warning', () => {
  process.stderr.write = origErr;
  console.log('warning written through stderr.write:', JSON.stringify(seen));
});
const e = new EventEmitter();
e.setMaxListeners(1);
e.on('x', () => {});
e.on('x', () => {});
