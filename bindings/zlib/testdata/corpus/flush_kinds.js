// Every flush kind leaves the output so far decodable; _processChunk with
// no callback works synchronously.
const zlib = require('zlib');
const { Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_BLOCK, Z_FINISH } = zlib.constants;
const kinds = [['Z_PARTIAL_FLUSH', Z_PARTIAL_FLUSH], ['Z_SYNC_FLUSH', Z_SYNC_FLUSH], ['Z_FULL_FLUSH', Z_FULL_FLUSH]];
(function next() {
  const k = kinds.shift();
  if (!k) return sync();
  const d = zlib.createDeflateRaw();
  const parts = [];
  d.on('data', (c) => parts.push(c));
  d.write('flushed with ' + k[0]);
  d.flush(k[1], () => {
    const out = zlib.inflateRawSync(Buffer.concat(parts), { finishFlush: Z_SYNC_FLUSH }).toString();
    console.log(k[0], out);
    d.close(next);
  });
})();
function sync() {
  const d = zlib.createDeflate();
  const a = d._processChunk(Buffer.from('sync chunk one '), Z_FULL_FLUSH);
  console.log('processChunk', Buffer.isBuffer(a), zlib.inflateSync(a, { finishFlush: Z_SYNC_FLUSH }).toString());
  const b = zlib.createDeflate();
  const whole = b._processChunk(Buffer.from('whole'), Z_FINISH);
  console.log('finish', zlib.inflateSync(whole).toString(), b._closed);
  const blk = zlib.createDeflate();
  const parts = [];
  blk.on('data', (c) => parts.push(c));
  blk.write('block flush');
  blk.flush(Z_BLOCK, () => {
    blk.on('end', () => console.log('Z_BLOCK then end', zlib.inflateSync(Buffer.concat(parts)).toString()));
    blk.end();
  });
}
