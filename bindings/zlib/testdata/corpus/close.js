// close() destroys: 'close' once, _closed, callback after close, and
// writes after close fail as on any destroyed stream.
const zlib = require('zlib');
const g = zlib.createGzip();
g.on('close', () => console.log('close event', g._closed, g.destroyed));
console.log('before', g._closed);
g.close(() => {
  console.log('close callback');
  g.write('late', (err) => console.log('write after close', err && err.code));
  g.on('error', (e) => console.log('error event', e.code));
  g.close();
});
const d = zlib.createDeflate();
d.end('data', () => console.log('end callback'));
d.on('data', () => {});
d.on('close', () => {
  console.log('deflate close', d._closed);
  zlib.deflate('x', (err, r) => console.log('one-shot', err, r.length > 0));
});
