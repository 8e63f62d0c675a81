// Each output chunk of an asynchronous write comes in a callback of its
// own: ticks, promise jobs and immediates queued by a 'data' listener run
// before the next chunk. A window the input left part-full is continued
// by the next write, and its chunks are views of one buffer.
const zlib = require('zlib');
const data = Buffer.alloc(20000);
for (let i = 0; i < data.length; i++) data[i] = (i * 7 + (i >> 5)) & 0xff;
const m1 = zlib.gzipSync(data.subarray(0, 10000));
const m2 = zlib.gzipSync(data.subarray(10000));
const log = [];
const g = zlib.createGunzip({ chunkSize: 4096 });
let prev = null;
let n = 0;
g.on('data', (d) => {
  const k = n++;
  const shared = prev !== null && prev.buffer === d.buffer;
  log.push(`data ${k} ${d.length} off=${d.byteOffset} ab=${d.buffer.byteLength} shared=${shared}`);
  prev = d;
  process.nextTick(() => log.push(`tick ${k}`));
  Promise.resolve().then(() => log.push(`promise ${k}`));
  setImmediate(() => log.push(`immediate ${k}`));
});
g.on('end', () => {
  log.push('end bytesWritten ' + (g.bytesWritten === m1.length + m2.length));
  setImmediate(() => {
    console.log(log.join('\n'));
    paused();
  });
});
g.write(m1, () => log.push('write 1 done'));
g.write(m2, () => log.push('write 2 done'));
g.end();

// A paused reader stops the steps; reading resumes them, one chunk at a time.
function paused() {
  const z = zlib.gzipSync(Buffer.alloc(200000, 'abc'));
  const u = zlib.createGunzip({ chunkSize: 4096 });
  const sizes = [];
  u.end(z);
  setTimeout(() => {
    console.log('buffered while paused', u.readableLength);
    let c;
    let reads = 0;
    while ((c = u.read()) !== null) { sizes.push(c.length); reads++; }
    console.log('read at once', reads);
    u.on('readable', () => { while ((c = u.read()) !== null) sizes.push(c.length); });
    u.on('end', () => console.log('total', sizes.reduce((a, b) => a + b, 0), 'bytesWritten', u.bytesWritten === z.length));
  }, 30);
}
