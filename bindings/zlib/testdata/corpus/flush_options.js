// flush: Z_SYNC_FLUSH on every write, and finishFlush: Z_SYNC_FLUSH to
// read a stream that was cut off at a flush point.
const zlib = require('zlib');
const parts = [];
const d = zlib.createDeflate({ flush: zlib.constants.Z_SYNC_FLUSH });
d.on('data', (c) => parts.push(c));
d.write('alpha ');
d.write('beta ', () => {
  const partial = Buffer.concat(parts);
  console.log('tail', partial.subarray(-4).toString('hex'));
  console.log('sync flushed', zlib.inflateSync(partial, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString());
  try {
    zlib.inflateSync(partial);
  } catch (e) {
    console.log('without finishFlush', e.message, e.code);
  }
  zlib.inflate(partial, { finishFlush: zlib.constants.Z_SYNC_FLUSH }, (err, r) => {
    console.log('callback', err, r.toString());
    d.end();
  });
});
// node-made gzip, cut after a sync flush point (00 00 ff ff).
const cut = Buffer.from('H4sIAAAAAAAAA8pIzcnJVyiuzEtWSMspLc4AAAAA//8=', 'base64');
console.log(zlib.gunzipSync(cut, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString());
