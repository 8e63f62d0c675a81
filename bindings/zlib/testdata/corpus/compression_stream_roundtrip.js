// CompressionStream and DecompressionStream in each format: jsproc's
// output decodes with zlib, zlib's output (and node-made fixtures) decodes
// through DecompressionStream, and Blob, Response and ReadableStream
// bodies pipe through them.
const zlib = require('zlib');

const text = 'CompressionStream fixture: ' + 'the quick brown fox '.repeat(5);
// Made by node's zlib from text.
const fixtures = {
  'gzip': 'H4sIAAAAAAAAA3POzy0oSi0uzszPCy4pSk3MVUjLrCgpLUq1UijJSFUoLM1MzlZIKsovz1NIy6+guhgAnAgOWn8AAAA=',
  'deflate': 'eJxzzs8tKEotLs7MzwsuKUpNzFVIy6woKS1KtVIoyUhVKCzNTM5WSCrKL89TSMuvoLoYAPXeLx8=',
  'deflate-raw': 'c87PLShKLS7OzM8LLilKTcxVSMusKCktSrVSKMlIVSgszUzOVkgqyi/PU0jLr6C6GAA=',
};
const syncDecode = { 'gzip': zlib.gunzipSync, 'deflate': zlib.inflateSync, 'deflate-raw': zlib.inflateRawSync };
const syncEncode = { 'gzip': zlib.gzipSync, 'deflate': zlib.deflateSync, 'deflate-raw': zlib.deflateRawSync };

async function collect(readable) {
  const parts = [];
  for await (const chunk of readable) {
    if (!(chunk instanceof Uint8Array)) throw new Error('chunk is not a Uint8Array');
    parts.push(chunk);
  }
  return Buffer.concat(parts);
}

function chunksOf(buf, n) {
  return new ReadableStream({
    start(c) {
      for (let i = 0; i < buf.length; i += n) c.enqueue(new Uint8Array(buf.subarray(i, i + n)));
      c.close();
    },
  });
}

(async () => {
  const big = Buffer.alloc(200000);
  for (let i = 0; i < big.length; i++) big[i] = (i * 7 + (i >> 9)) & 0xff;
  for (const format of ['gzip', 'deflate', 'deflate-raw']) {
    // Fixture made by node.
    const fixture = Buffer.from(fixtures[format], 'base64');
    const out = await collect(chunksOf(fixture, 7).pipeThrough(new DecompressionStream(format)));
    console.log(format, 'fixture', out.toString() === text);

    // Compressed here, decoded by zlib and by DecompressionStream.
    const packed = await collect(chunksOf(Buffer.from(text), 10).pipeThrough(new CompressionStream(format)));
    console.log(format, 'zlib decodes', syncDecode[format](packed).toString() === text);
    const back = await collect(chunksOf(packed, 3).pipeThrough(new DecompressionStream(format)));
    console.log(format, 'round trip', back.toString() === text);

    // A large input through both, in uneven chunks.
    const bigPacked = await collect(chunksOf(big, 4099).pipeThrough(new CompressionStream(format)));
    console.log(format, 'big zlib decodes', syncDecode[format](bigPacked).equals(big));
    const bigBack = await collect(chunksOf(syncEncode[format](big), 1000).pipeThrough(new DecompressionStream(format)));
    console.log(format, 'big round trip', bigBack.equals(big), bigBack.length);

    // Empty input still gives a valid stream.
    const empty = await collect(chunksOf(Buffer.alloc(0), 1).pipeThrough(new CompressionStream(format)));
    console.log(format, 'empty', syncDecode[format](empty).length);
  }

  // Bodies of Blob and Response, and strings, DataViews and typed arrays as chunks.
  const blob = new Blob([text]);
  const viaBlob = await new Response(blob.stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer();
  console.log('blob', zlib.gunzipSync(Buffer.from(viaBlob)).toString() === text);
  const res = new Response(Buffer.from(fixtures.deflate, 'base64'));
  console.log('response', await new Response(res.body.pipeThrough(new DecompressionStream('deflate'))).text() === text);
  const cs = new CompressionStream('deflate-raw');
  const w = cs.writable.getWriter();
  w.write('str ');
  w.write(new DataView(new TextEncoder().encode('view ').buffer));
  w.write(new Uint16Array([0x6968]));
  w.close();
  console.log('mixed', JSON.stringify(zlib.inflateRawSync(await collect(cs.readable)).toString()));
  const decoded = cs.readable.locked;
  console.log('locked after read', decoded);
  const text2 = await new Response(new Blob([zlib.gzipSync('blob text')]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
  console.log(text2);
})();
