// Decompressing streams fed the same data cut at different boundaries
// (one byte, odd sizes, whole): the same bytes come out, every 'data'
// chunk fits chunkSize, 'end' follows the last chunk; a flush mid-stream
// hands out what was decoded so far; damage part-way through emits
// node's error after the good data.
const zlib = require('zlib');
const crypto = require('crypto');
const sha = (b) => crypto.createHash('sha256').update(b).digest('hex').slice(0, 16);
const lines = [];
for (let i = 0; i < 4000; i++) lines.push(`${i}:${(i * 40503 % 65536).toString(16)}\n`);
const data = Buffer.from(lines.join(''));
const kinds = [['gzipSync', 'createGunzip'], ['deflateSync', 'createInflate'], ['deflateRawSync', 'createInflateRaw'],
  ['gzipSync', 'createUnzip'], ['brotliCompressSync', 'createBrotliDecompress']];

function feed(stream, z, cut, done) {
  const chunks = [];
  let over = 0;
  const size = stream._chunkSize;
  stream.on('data', (c) => {
    chunks.push(c);
    if (c.length > size || c.length === 0) over++;
  });
  stream.on('end', () => done(null, Buffer.concat(chunks), over));
  stream.on('error', (e) => done(e, Buffer.concat(chunks), over));
  let off = 0;
  (function more() {
    while (off < z.length) {
      const n = Math.min(cut, z.length - off);
      const ok = stream.write(z.subarray(off, off + n));
      off += n;
      if (!ok) return stream.once('drain', more);
    }
    stream.end();
  })();
}

const jobs = [];
for (const [c, d] of kinds) {
  const z = zlib[c](data);
  for (const cut of [1, 13, 1000, 65536, z.length]) {
    for (const chunkSize of cut === 1 ? [512] : [undefined, 512]) {
      jobs.push((next) => feed(zlib[d]({ chunkSize }), z, cut, (err, out, over) => {
        console.log(d, cut === z.length ? 'whole' : cut, chunkSize || '-', err ? err.code : 'ok', out.length, sha(out), over);
        next();
      }));
    }
  }
}
// flush() part-way: what was decoded so far comes out before the rest is written.
for (const [c, d] of kinds) {
  jobs.push((next) => {
    const z = zlib[c](data, c === 'brotliCompressSync' ? undefined : { level: 1 });
    const s = zlib[d]();
    let got = 0;
    s.on('data', (chunk) => { got += chunk.length; });
    s.write(z.subarray(0, z.length - 200));
    s.flush(() => {
      const before = got;
      s.end(z.subarray(z.length - 200));
      s.on('end', () => {
        console.log(d, 'flush', before > 0, before < data.length, got === data.length);
        next();
      });
    });
  });
}
// Damage after the first part: good data first, then node's error.
for (const [c, d, at] of [['gzipSync', 'createGunzip', -6], ['gzipSync', 'createGunzip', -2], ['deflateSync', 'createInflate', -2],
  ['gzipSync', 'createGunzip', 'header']]) {
  jobs.push((next) => {
    const z = Buffer.from(zlib[c](data));
    if (at === 'header') z[3] = 0xe0;
    else z[z.length + at] ^= 0xff;
    const s = zlib[d]({ chunkSize: 4096 });
    let got = 0;
    const events = [];
    s.on('data', (chunk) => { got += chunk.length; });
    s.on('end', () => events.push('end'));
    s.on('close', () => {
      events.push('close');
      console.log(d, 'damaged', at, got === (at === 'header' ? 0 : data.length), events.join(' '));
      next();
    });
    s.on('error', (e) => events.push(`error ${e.code} ${e.errno} ${e.message}`));
    for (let i = 0; i < z.length; i += 3000) s.write(z.subarray(i, i + 3000));
    s.end();
  });
}
// Data after a complete gzip member that is not another member.
jobs.push((next) => {
  const z = Buffer.concat([zlib.gzipSync('first member'), Buffer.from('not gzip at all')]);
  const s = zlib.createGunzip();
  const out = [];
  s.on('data', (c) => out.push(c));
  s.on('error', (e) => { console.log('garbage after member', Buffer.concat(out).toString(), e.code, e.message); next(); });
  s.on('end', () => { console.log('garbage after member end', Buffer.concat(out).toString()); next(); });
  s.end(z);
});
(function run() {
  const j = jobs.shift();
  if (j) j(run);
})();
