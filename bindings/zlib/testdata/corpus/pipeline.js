// stream.pipeline and stream/promises pipeline through gzip and gunzip.
const zlib = require('zlib');
const { pipeline, Readable, Writable } = require('stream');
const { pipeline: pipelineP } = require('stream/promises');
function collect(parts) {
  return new Writable({ write(c, e, cb) { parts.push(c); cb(); } });
}
const parts = [];
pipeline(Readable.from(['a', 'b', 'c'].map((s) => s.repeat(10000))), zlib.createGzip(), zlib.createGunzip(), collect(parts), (err) => {
  console.log('pipeline', err, Buffer.concat(parts).length);
  (async () => {
    const out = [];
    await pipelineP(Readable.from([Buffer.from('promise pipeline')]), zlib.createBrotliCompress(), zlib.createBrotliDecompress(), collect(out));
    console.log('promises', Buffer.concat(out).toString());
    const z = [];
    await pipelineP(Readable.from([Buffer.from('deflate '.repeat(100))]), zlib.createDeflateRaw({ level: 9 }), collect(z));
    console.log('raw', zlib.inflateRawSync(Buffer.concat(z)).length);
    for await (const chunk of Readable.from([zlib.gzipSync('iterated')]).pipe(zlib.createGunzip())) console.log('iter', chunk.toString());
  })();
});
