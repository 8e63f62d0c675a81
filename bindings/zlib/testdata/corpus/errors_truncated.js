// Input that stops inside a stream: "unexpected end of file", Z_BUF_ERROR,
// thrown by the sync forms, passed to callbacks, emitted by streams.
const zlib = require('zlib');
const text = 'truncated '.repeat(100);
const forms = [['gzipSync', 'gunzipSync', 'gunzip', 'createGunzip'], ['deflateSync', 'inflateSync', 'inflate', 'createInflate'],
  ['deflateRawSync', 'inflateRawSync', 'inflateRaw', 'createInflateRaw'], ['brotliCompressSync', 'brotliDecompressSync', 'brotliDecompress', 'createBrotliDecompress']];
for (const [c, dSync, dCb, create] of forms) {
  const z = zlib[c](text);
  for (const cut of [0, 1, Math.floor(z.length / 2), z.length - 1]) {
    const part = z.subarray(0, cut);
    try {
      zlib[dSync](part);
      console.log(dSync, cut, 'ok');
    } catch (e) {
      console.log(dSync, cut, e.message, e.code, e.errno);
    }
  }
}
const cbs = forms.slice();
(function nextCallback() {
  const f = cbs.shift();
  if (!f) return streams();
  const [c, , dCb] = f;
  const z = zlib[c](text);
  zlib[dCb](z.subarray(0, z.length - 2), (err, r) => {
    console.log(dCb, err && err.message, err && err.code, r);
    nextCallback();
  });
})();
function streams() {
  const list = forms.slice();
  (function next() {
    const f = list.shift();
    if (!f) return;
    const [c, , , create] = f;
    const z = zlib[c](text);
    const s = zlib[create]();
    let got = 0;
    s.on('data', (d) => { got += d.length; });
    s.on('error', (e) => console.log(create, 'error', e.message, e.code, e.errno, s.destroyed));
    s.on('end', () => console.log(create, 'end'));
    s.on('close', () => {
      console.log(create, 'close');
      next();
    });
    s.end(z.subarray(0, z.length - 3));
  })();
}
