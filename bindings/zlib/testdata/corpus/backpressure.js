// A small input that inflates to a lot honours backpressure: a paused
// reader holds a bounded amount, and gets everything once it reads.
const zlib = require('zlib');
const z = zlib.gzipSync(Buffer.alloc(4 * 1024 * 1024, 'q'));
const g = zlib.createGunzip();
g.end(z);
(function wait() {
  if (g.readableLength === 0) return setTimeout(wait, 5);
  setTimeout(() => {
    console.log('buffered while paused <= 64 KiB', g.readableLength <= 65536);
    let total = 0;
    let n = 0;
    g.on('data', (d) => { total += d.length; n++; });
    g.on('end', () => console.log('total', total, 'chunks', n));
  }, 50);
})();
