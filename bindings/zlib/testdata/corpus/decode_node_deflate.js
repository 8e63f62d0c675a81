// zlib-format and raw deflate data made by node's zlib decode.
const zlib = require('zlib');
const text = 'The quick brown fox jumps over the lazy dog. '.repeat(20) + '0123456789'.repeat(10);
const deflate = Buffer.from('eJwLyUhVKCzNTM5WSCrKL89TSMuvUMgqzS0oVsgvSy1SKMlIVchJrKpUSMlP11MIGVU8qnhUMbUVGxgaGZuYmplbWNKOBQCIw1ee', 'base64');
const raw = Buffer.from('C8lIVSgszUzOVkgqyi/PU0jLr1DIKs0tKFbIL0stUijJSFXISayqVEjJT9dTCBlVPKp4VDG1FRsYGhmbmJqZW1jSjgUA', 'base64');
const wb9 = Buffer.from('GJULyUhVKCzNTM5WSCrKL89TSMuvUMgqzS0oVsgvSy1SKMlIVchJrKpUSMlP11MIGVU8qnhUMbUVGxgaGZuYmplbWNKOBQCIw1ee', 'base64');
console.log(zlib.inflateSync(deflate).toString() === text);
console.log(zlib.unzipSync(deflate).toString() === text);
console.log(zlib.inflateRawSync(raw).toString() === text);
console.log(zlib.inflateSync(wb9).toString() === text);
console.log(zlib.inflateSync(wb9, { windowBits: 9 }).toString() === text);
try {
  zlib.inflateSync(deflate, { windowBits: 9 });
} catch (e) {
  console.log(e.message, e.code, e.errno);
}
zlib.inflateRaw(raw, (err, out) => console.log('callback', err, out.length));
