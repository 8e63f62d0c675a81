// child.stdin.write as a method during a burst of writes (one in flight,
// later ones joining it): what it looks like (name, length, inherited,
// instanceof), called with explicit undefined arguments, on another
// stream, replaced on the instance and restored, with a Readable piped in
// meanwhile; every byte arrives in order, 'drain', 'finish' and 'close'
// as node's.
const { spawn } = require('child_process');
const { Writable, Duplex, Readable, PassThrough } = require('stream');

const child = spawn('sh', ['-c', 'sleep 0.1; cat']);
let out = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', (d) => { out += d; });
const s = child.stdin;
const order = [];
s.on('drain', () => order.push('drain ' + s.writableLength));
s.on('finish', () => order.push('finish'));
s.on('close', () => order.push('close'));
s.on('unpipe', () => order.push('unpipe'));

console.log('write', JSON.stringify(s.write.name), s.write.length, Object.prototype.hasOwnProperty.call(s, 'write'));
console.log('instanceof', s instanceof Writable, s instanceof Duplex, typeof s.write === 'function');
console.log('same method', s.write === Object.getPrototypeOf(s).write);

let falses = 0;
for (let i = 0; i < 3000; i++) if (!s.write(String(i % 10))) falses++;
console.log('burst', s.writableLength, falses, s.writableNeedDrain);
console.log('undefined args', s.write('|a', undefined), s.write('|b', undefined, undefined), s.writableLength);

const other = new PassThrough();
let otherData = '';
other.on('data', (d) => { otherData += d; });
console.log('on another stream', s.write.call(other, 'other'), s.writableLength);

const orig = s.write;
s.write = function (chunk, ...rest) { return orig.call(this, '[' + chunk + ']', ...rest); };
s.write('patched');
s.write = orig;
delete s.write;
console.log('restored', s.write === orig, s.writableLength);
s.write('|c', () => order.push('cb c'));

const src = Readable.from(['|r1', '|r2', '|r3']);
src.pipe(s);
src.on('end', () => order.push('src end'));

child.on('close', (code) => {
  setImmediate(() => {
    console.log('other got', JSON.stringify(otherData));
    console.log('order', order.join(' | '));
    console.log('bytes', out.length, JSON.stringify(out.slice(0, 12)), JSON.stringify(out.slice(-40)), 'code', code);
  });
});
