// A compressing stream with a small chunkSize hands out many chunks per
// write, none over chunkSize; write, flush and params callbacks come after
// the chunks of what they asked for; a paused reader stops the steps and
// gets everything once it reads.
const zlib = require('zlib');
let seed = 7;
const data = Buffer.alloc(40000);
for (let i = 0; i < data.length; i++) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  data[i] = seed >> 16;
}
const d = zlib.createDeflate({ chunkSize: 64, level: 1 });
const ev = [];
const parts = [];
let over = 0;
d.on('data', (c) => {
  parts.push(c);
  if (c.length > 64) over++;
  if (ev[ev.length - 1] !== 'data') ev.push('data');
});
d.write(data.subarray(0, 20000), () => ev.push('write'));
d.flush(zlib.constants.Z_SYNC_FLUSH, () => ev.push('flush'));
d.write(data.subarray(20000), () => ev.push('write'));
d.end(() => ev.push('end-callback'));
d.on('end', () => {
  ev.push('end');
  console.log(ev.join(' '));
  console.log('over chunkSize', over, 'round trip', zlib.inflateSync(Buffer.concat(parts)).equals(data));
  paused();
});

function paused() {
  const g = zlib.createGzip({ chunkSize: 1024, level: 0 });
  g.end(data);
  setTimeout(() => {
    console.log('buffered while paused', g.readableLength);
    const got = [];
    g.on('data', (c) => got.push(c));
    g.on('end', () => console.log('round trip', zlib.gunzipSync(Buffer.concat(got)).equals(data)));
  }, 30);
}
