// util.promisify works on the callback forms; errors reject.
const zlib = require('zlib');
const { promisify } = require('util');
const gzip = promisify(zlib.gzip);
const gunzip = promisify(zlib.gunzip);
const inflate = promisify(zlib.inflate);
const brotliCompress = promisify(zlib.brotliCompress);
const brotliDecompress = promisify(zlib.brotliDecompress);
(async () => {
  const z = await gzip('promised text '.repeat(100));
  console.log((await gunzip(z)).toString().length);
  const b = await brotliCompress(Buffer.from('brotli promised'));
  console.log((await brotliDecompress(b)).toString());
  try {
    await inflate(Buffer.from('not zlib data'));
  } catch (e) {
    console.log('rejected', e.message, e.code, e.errno);
  }
  try {
    await gunzip(z.subarray(0, z.length - 4));
  } catch (e) {
    console.log('rejected', e.message, e.code, e.errno);
  }
})();
