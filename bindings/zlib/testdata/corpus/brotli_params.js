// Brotli params: quality, window, mode, size hint; bad keys and values.
const zlib = require('zlib');
const { constants: c } = zlib;
const text = Buffer.from('brotli params text '.repeat(200));
for (const params of [{ [c.BROTLI_PARAM_QUALITY]: 0 }, { [c.BROTLI_PARAM_QUALITY]: 5, [c.BROTLI_PARAM_LGWIN]: 10 },
  { [c.BROTLI_PARAM_MODE]: c.BROTLI_MODE_TEXT, [c.BROTLI_PARAM_SIZE_HINT]: text.length }, { [c.BROTLI_PARAM_QUALITY]: 11 },
  { [c.BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING]: true }]) {
  const z = zlib.brotliCompressSync(text, { params });
  console.log(JSON.stringify(params), z.length < text.length, zlib.brotliDecompressSync(z).equals(text));
}
for (const params of [{ 9: 1 }, { '-1': 1 }, { abc: 1 }, { [c.BROTLI_PARAM_QUALITY]: '5' }, { [c.BROTLI_PARAM_QUALITY]: null }]) {
  try {
    zlib.brotliCompressSync(text, { params });
    console.log('ok');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
const bc = zlib.createBrotliCompress({ params: { [c.BROTLI_PARAM_QUALITY]: 4 }, chunkSize: 128 });
const parts = [];
bc.on('data', (d) => parts.push(d)).on('end', () => console.log('stream', zlib.brotliDecompressSync(Buffer.concat(parts)).equals(text)));
bc.end(text);
