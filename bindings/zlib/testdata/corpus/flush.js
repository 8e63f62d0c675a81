// flush() makes everything written so far decodable before the end.
const zlib = require('zlib');
const def = zlib.createDeflate();
const inf = zlib.createInflate();
def.pipe(inf);
let got = '';
inf.on('data', (d) => { got += d; });
function waitFor(text, cb) {
  if (got.endsWith(text)) return cb();
  setTimeout(() => waitFor(text, cb), 2);
}
def.write('first part;');
def.flush(() => waitFor('first part;', () => {
  console.log('after flush 1:', got);
  def.write('second part;');
  def.flush(zlib.constants.Z_SYNC_FLUSH, () => waitFor('second part;', () => {
    console.log('after flush 2:', got);
    def.end('end.');
  }));
}));
inf.on('end', () => {
  console.log('end:', got);
  def.flush(() => console.log('flush after finish'));
  def.flush();
  brotli();
});
function brotli() {
  const bc = zlib.createBrotliCompress();
  const bd = zlib.createBrotliDecompress();
  bc.pipe(bd);
  let s = '';
  bd.on('data', (d) => { s += d; });
  bc.write('brotli flushed');
  bc.flush(() => (function wait() {
    if (s !== 'brotli flushed') return setTimeout(wait, 2);
    console.log('brotli:', s);
    bc.end();
  })());
  bd.on('end', () => console.log('brotli end', s));
}
