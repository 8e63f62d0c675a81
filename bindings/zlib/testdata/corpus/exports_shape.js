// The module's shape: export names in order, classes, prototypes, and
// constructors that work without new.
const zlib = require('zlib');
const stream = require('stream');
console.log(Object.keys(zlib).join(' '));
for (const name of ['Deflate', 'Inflate', 'Gzip', 'Gunzip', 'DeflateRaw', 'InflateRaw', 'Unzip', 'BrotliCompress', 'BrotliDecompress']) {
  const C = zlib[name];
  const a = new C();
  const b = C();
  const c = zlib['create' + name]();
  console.log(name, C.name, C.length, a instanceof stream.Transform, b instanceof C, c instanceof C, a instanceof stream.Readable,
    Object.getPrototypeOf(Object.getPrototypeOf(C.prototype)).constructor.name, typeof a.flush, typeof a.params, typeof a.reset, a.bytesWritten,
    a._chunkSize, a._defaultFlushFlag, a._finishFlushFlag, a._defaultFullFlushFlag);
  a.close(); b.close(); c.close();
}
console.log(zlib.gzip.name, zlib.gzipSync.name, zlib.gzip.length, zlib.gzipSync.length, zlib.createGzip.length, zlib.crc32.length);
console.log(require('node:zlib') === zlib);
