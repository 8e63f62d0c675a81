// The sync forms over outputs many windows long: every decoder, small and
// default chunkSize, maxOutputLength at and around the size, info and
// bytesWritten, trailing bytes, partial input with a sync finishFlush, and
// a damaged trailer.
const zlib = require('zlib');
const crypto = require('crypto');
const sha = (b) => crypto.createHash('sha256').update(b).digest('hex').slice(0, 16);
const parts = [];
for (let i = 0; i < 40000; i++) parts.push(`${i} ${(i * 2654435761 % 4294967296).toString(36)} line\n`);
const data = Buffer.from(parts.join(''));
console.log('data', data.length, sha(data));
const pairs = [['gzipSync', 'gunzipSync'], ['deflateSync', 'inflateSync'], ['deflateRawSync', 'inflateRawSync'],
  ['gzipSync', 'unzipSync'], ['deflateSync', 'unzipSync'], ['brotliCompressSync', 'brotliDecompressSync']];
for (const [c, d] of pairs) {
  const z = zlib[c](data);
  for (const opts of [undefined, { chunkSize: 64 }, { chunkSize: 100000 }]) {
    const out = zlib[d](z, opts);
    console.log(d, opts ? opts.chunkSize : '-', out.length, sha(out), out.equals(data));
  }
  for (const max of [data.length - 1, data.length, data.length + 1]) {
    try {
      console.log(d, 'max', max - data.length, zlib[d](z, { maxOutputLength: max, chunkSize: 1024 }).length);
    } catch (e) {
      console.log(d, 'max', max - data.length, e.name, e.code, e.message);
    }
  }
  const info = zlib[d](z, { info: true });
  console.log(d, 'info', info.buffer.length, info.engine.bytesWritten === z.length, info.engine._closed);
}
// Views and other input types reach the same bytes.
const gz = zlib.gzipSync(data);
const big = Buffer.concat([Buffer.from('xxxx'), gz, Buffer.from('yyyy')]);
const view = big.subarray(4, 4 + gz.length);
console.log('view', sha(zlib.gunzipSync(view)));
console.log('dataview', sha(zlib.gunzipSync(new DataView(big.buffer, big.byteOffset + 4, gz.length))));
console.log('arraybuffer', sha(zlib.gunzipSync(new Uint8Array(gz).buffer)));
const small = zlib.deflateSync('abcdef');
const padded = new Uint8Array(small.length + (small.length & 1));
padded.set(small);
console.log('uint16', zlib.inflateSync(new Uint16Array(padded.buffer)).toString());
// Bytes after the end of a stream.
const withZero = Buffer.concat([gz, Buffer.alloc(10)]);
console.log('trailing zeros', zlib.gunzipSync(withZero).length, zlib.gunzipSync(withZero, { info: true }).engine.bytesWritten - gz.length);
const withTwo = Buffer.concat([gz, gz]);
console.log('two members', zlib.gunzipSync(withTwo).length);
const df = zlib.deflateSync(data);
const dfExtra = Buffer.concat([df, Buffer.from('garbage')]);
const r = zlib.inflateSync(dfExtra, { info: true });
console.log('inflate trailing', r.buffer.length, r.engine.bytesWritten - df.length);
// Part of a stream, finished with a sync flush instead of Z_FINISH.
const half = gz.subarray(0, Math.floor(gz.length / 2));
const partial = zlib.gunzipSync(half, { finishFlush: zlib.constants.Z_SYNC_FLUSH });
console.log('partial', partial.length > 0, partial.length < data.length, data.subarray(0, partial.length).equals(partial));
try {
  zlib.gunzipSync(half);
} catch (e) {
  console.log('half', e.code, e.errno, e.message);
}
// Damage in the trailer: the check and the length.
for (const at of [gz.length - 6, gz.length - 2]) {
  const bad = Buffer.from(gz);
  bad[at] ^= 0xff;
  try {
    const out = zlib.gunzipSync(bad);
    console.log('damaged', at - gz.length, 'ok', out.length);
  } catch (e) {
    console.log('damaged', at - gz.length, e.code, e.errno, e.message);
  }
}
try {
  zlib.gunzipSync(Buffer.alloc(0));
} catch (e) {
  console.log('empty', e.code, e.message);
}
console.log('empty inflateRaw', zlib.inflateRawSync(Buffer.alloc(0), { finishFlush: zlib.constants.Z_SYNC_FLUSH }).length);
