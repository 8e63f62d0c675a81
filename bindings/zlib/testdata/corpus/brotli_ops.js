// Brotli streams: explicit flush operations, chunkSize chunks, and
// trailing bytes after the end of the stream.
const zlib = require('zlib');
const { BROTLI_OPERATION_FLUSH, BROTLI_OPERATION_EMIT_METADATA } = zlib.constants;
const made = Buffer.from('G+cDiIyUqOPbCJUOYR6SPlAuHUu8gBNqlVFhb7ABBw4J5I8ky7HqDOiE07o6HSfKeAkeghNx+492CnpQNdb5EFMuAA==', 'base64');
const d = zlib.createBrotliDecompress({ chunkSize: 128 });
const sizes = [];
d.on('data', (c) => sizes.push(c.length));
d.on('end', () => {
  console.log('chunks', sizes.join(','));
  const c = zlib.createBrotliCompress();
  const parts = [];
  c.on('data', (p) => parts.push(p));
  c.write('first');
  c.flush(BROTLI_OPERATION_FLUSH, () => {
    console.log('flushed', zlib.brotliDecompressSync(Buffer.concat(parts), { finishFlush: BROTLI_OPERATION_FLUSH }).toString());
    c.flush(BROTLI_OPERATION_EMIT_METADATA, () => {
      c.on('end', () => console.log('all', zlib.brotliDecompressSync(Buffer.concat(parts)).toString()));
      c.end('second');
    });
  });
});
d.end(made);
