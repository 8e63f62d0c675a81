const { Writable } = require('stream');
const w = new Writable({
  writev(chunks, cb) {
    console.log('writev', chunks.map((c) => c.chunk.toString() + '/' + c.encoding));
    process.nextTick(cb);
  },
  final(cb) { console.log('final'); setTimeout(cb, 1); },
  destroy(err, cb) { console.log('destroy', err); cb(err); },
});
w.cork();
w.write('a');
w.write('b');
w.write(Buffer.from('c'));
console.log('corked', w.writableCorked, w.writableLength);
process.nextTick(() => {
  w.uncork();
  w.write('d');
  w.write('e');
  w.end('f');
});
w.on('finish', () => console.log('finish'));
w.on('close', () => console.log('close'));
