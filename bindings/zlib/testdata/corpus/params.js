// params() changes level and strategy mid-stream; output still decodes.
const zlib = require('zlib');
const d = zlib.createDeflate({ level: 1 });
const parts = [];
d.on('data', (c) => parts.push(c));
d.on('end', () => console.log('decoded', zlib.inflateSync(Buffer.concat(parts)).toString()));
d.write('level one data '.repeat(20));
d.params(9, zlib.constants.Z_DEFAULT_STRATEGY, (err) => {
  console.log('params done', err, d._level, d._strategy);
  d.write('level nine data '.repeat(20));
  d.params(9, 0, () => {
    console.log('same params');
    d.params(0, zlib.constants.Z_HUFFMAN_ONLY, () => {
      d.end('huffman');
    });
  });
});
for (const bad of [[10, 0], [1, 5], ['1', 0]]) {
  try {
    d.params(bad[0], bad[1], () => {});
  } catch (e) {
    console.log(e.code, e.message);
  }
}
