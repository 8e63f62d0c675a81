const { Writable } = require('stream');
const log = [];
const w = new Writable({
  highWaterMark: 10,
  write(chunk, enc, cb) {
    log.push('write ' + chunk.toString() + ' ' + enc);
    setTimeout(cb, 1);
  },
  final(cb) { log.push('final'); cb(); },
});
w.on('drain', () => log.push('drain'));
w.on('finish', () => log.push('finish'));
w.on('close', () => { log.push('close'); console.log(log); });
console.log(w.write('12345'), w.writableLength, w.writableNeedDrain);
console.log(w.write('67890'), w.writableLength, w.writableNeedDrain);
console.log(w.write('x'), w.writableLength, w.writableHighWaterMark);
w.once('drain', () => {
  console.log('drained; write again', w.write('after'));
  w.end('end', () => log.push('end cb'));
  console.log('ended', w.writableEnded, w.writableFinished);
});
