// reset() starts a stream over; a closed stream's reset asserts.
const zlib = require('zlib');
const g = zlib.createGzip();
const chunks = [];
g.on('data', (c) => chunks.push(c));
g.write('discarded', () => {
  g.reset();
  g.end('kept');
});
g.on('end', () => {
  const all = Buffer.concat(chunks);
  let out;
  try {
    out = zlib.gunzipSync(all, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString();
  } catch (e) {
    out = e.message;
  }
  console.log('after reset:', JSON.stringify(out), all.subarray(0, 10).toString('hex'));
  try {
    g.reset();
  } catch (e) {
    console.log(e.code, e.message);
  }
  inflate();
});
function inflate() {
  const inf = zlib.createInflate();
  const data = zlib.deflateSync('one');
  let got = '';
  inf.on('data', (d) => { got += d; });
  // Half a header: nothing decoded yet when the stream starts over.
  inf.write(data.subarray(0, 1), () => {
    inf.reset();
    inf.end(zlib.deflateSync('two'));
    inf.on('end', () => console.log('inflate after reset:', got));
  });
}
