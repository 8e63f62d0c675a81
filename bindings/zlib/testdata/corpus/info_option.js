// info: true returns { buffer, engine } from the sync and callback forms.
const zlib = require('zlib');
const r = zlib.gzipSync('info data', { info: true });
console.log(Object.keys(r), Buffer.isBuffer(r.buffer), r.engine instanceof zlib.Gzip, r.engine.bytesWritten, r.engine._closed);
console.log(zlib.gunzipSync(r.buffer, { info: true }).buffer.toString());
const b = zlib.brotliCompressSync('brotli info', { info: true });
console.log(b.engine.constructor.name, b.engine.bytesWritten);
zlib.deflate('callback info', { info: true }, (err, res) => {
  console.log(err, Object.keys(res), res.engine.constructor.name, res.engine.bytesWritten);
  console.log(zlib.inflateSync(res.buffer).toString());
});
