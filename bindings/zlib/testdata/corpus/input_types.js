// Inputs node refuses: numbers, objects, null, arrays.
const zlib = require('zlib');
for (const bad of [123, null, undefined, {}, [1, 2, 3], true, Symbol('s')]) {
  try {
    zlib.gzipSync(bad);
    console.log('sync ok');
  } catch (e) {
    console.log('sync', e.name, e.code, e.message);
  }
}
// (A stream's write() refuses non-chunks itself, as every Writable does.)
// Strings in an encoding, through a stream.
const g = zlib.createGzip();
const parts = [];
g.on('data', (d) => parts.push(d)).on('end', () => console.log(zlib.gunzipSync(Buffer.concat(parts)).toString()));
g.write('68656c6c6f', 'hex');
g.end(' world', 'latin1');
