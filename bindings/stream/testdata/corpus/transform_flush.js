const { Transform, PassThrough, Duplex } = require('stream');
const log = [];
const t = new Transform({
  highWaterMark: 2,
  transform(chunk, enc, cb) {
    log.push('transform ' + chunk + ' ' + enc);
    this.push(chunk.toString().split('').reverse().join(''));
    cb();
  },
  flush(cb) { log.push('flush'); this.push('[tail]'); cb(null, '[cb tail]'); },
  final(cb) { log.push('final'); cb(); },
});
t.on('data', (d) => log.push('data ' + d));
t.on('end', () => log.push('end'));
t.on('finish', () => log.push('finish'));
t.on('prefinish', () => log.push('prefinish'));
t.on('close', () => { log.push('close'); console.log(log.join('\n')); next(); });
t.write('abc');
t.write('def');
t.end('g');
function next() {
  const p = new PassThrough();
  console.log(p instanceof Transform, p instanceof Duplex, p.readableHighWaterMark, p.writableHighWaterMark);
  const t2 = new Transform({ transform(c, e, cb) { cb(null, c, 'extra ignored'); } });
  t2.on('data', (d) => console.log('t2', d.toString()));
  t2.end('z');
  const t3 = new Transform();
  t3.on('error', (e) => console.log('t3 error', e.code, e.message));
  t3.write('x');
  const t4 = new Transform({ transform(c, e, cb) { cb(null); }, flush(cb) { cb(new Error('flush failed')); } });
  t4.on('error', (e) => console.log('t4 error', e.message));
  t4.resume();
  t4.end('y');
  const t5 = new Transform({ decodeStrings: false, transform(c, e, cb) { console.log('t5 got', typeof c, e); cb(null, c); } });
  t5.resume();
  t5.write('str', 'utf8');
  t5.write(Buffer.from('buf'));
}
