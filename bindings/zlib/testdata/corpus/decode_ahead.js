// The decoder runs ahead of the stream's reads; nothing of that shows:
// windows, backpressure, reset, destroy, flushes between writes and
// faults after many good windows behave as node's do.
const zlib = require('zlib');
const crypto = require('crypto');

function text(n) {
  const words = ['alpha', 'beta', 'gamma', 'delta', 'stream', 'zlib', 'node'];
  let s = '';
  for (let i = 0; s.length < n; i++) s += i + ' ' + words[(i * 7) % 7] + ' ' + words[(i * i) % 7] + ' ' + (i * 2654435761 % 65536).toString(16) + '\n';
  return Buffer.from(s.slice(0, n));
}
const md5 = (b) => crypto.createHash('md5').update(b).digest('hex');

// fixedGzip compresses data with fixed Huffman codes and a greedy matcher,
// here in the script so that both runtimes decode the same bytes. With
// badAt, a match with the invalid distance code 30 comes at that offset.
function fixedGzip(data, badAt = -1) {
  const out = [];
  let acc = 0;
  let n = 0;
  const put = (v, len) => {
    acc |= v << n;
    n += len;
    while (n >= 8) {
      out.push(acc & 255);
      acc >>>= 8;
      n -= 8;
    }
  };
  const code = (c, len) => { // Huffman codes go most significant bit first
    let r = 0;
    for (let i = 0; i < len; i++) r |= ((c >> i) & 1) << (len - 1 - i);
    put(r, len);
  };
  const sym = (s) => {
    if (s < 144) code(0x30 + s, 8);
    else if (s < 256) code(0x190 + s - 144, 9);
    else if (s < 280) code(s - 256, 7);
    else code(0xc0 + s - 280, 8);
  };
  const lbase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
  const lext = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
  const dbase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
  const dext = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
  const find = (base, v) => {
    let i = base.length - 1;
    while (base[i] > v) i--;
    return i;
  };
  put(1, 1); // the last block
  put(1, 2); // fixed codes
  const head = new Int32Array(1 << 16).fill(-1);
  for (let i = 0; i < data.length;) {
    if (i === badAt) {
      sym(257);
      code(30, 5);
    }
    let len = 0;
    let dist = 0;
    if (i + 3 <= data.length) {
      const key = (Math.imul(data[i] << 16 | data[i + 1] << 8 | data[i + 2], 2654435761) >>> 16);
      const c = head[key];
      head[key] = i;
      if (c >= 0 && i - c <= 32768) {
        while (len < 258 && i + len < data.length && data[c + len] === data[i + len]) len++;
        dist = i - c;
      }
    }
    if (len < 3) {
      sym(data[i++]);
      continue;
    }
    const l = find(lbase, len);
    sym(257 + l);
    put(len - lbase[l], lext[l]);
    const d = find(dbase, dist);
    code(d, 5);
    put(dist - dbase[d], dext[d]);
    i += len;
  }
  sym(256);
  if (n > 0) out.push(acc & 255);
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(zlib.crc32(data), 0);
  trailer.writeUInt32LE(data.length, 4);
  return Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]), Buffer.from(out), trailer]);
}

const plain = text(256 << 10);
const gz = fixedGzip(plain);
console.log('fixture', gz.length, md5(zlib.gunzipSync(gz)) === md5(plain));

const steps = [paused, resetMidStream, destroyMidStream, flushBetweenWrites, corruptLate, faultAtWindowEnd, truncated];
function next() {
  const s = steps.shift();
  if (s) s();
}

// A paused reader holds one highWaterMark of output, whatever the decoder
// has done meanwhile, and gets every byte once it reads.
function paused() {
  const g = zlib.createGunzip();
  g.end(gz);
  setTimeout(() => {
    console.log('paused: readableLength', g.readableLength);
    const parts = [];
    g.on('data', (d) => parts.push(d));
    g.on('end', () => {
      const all = Buffer.concat(parts);
      console.log('paused: chunks', parts.length, 'sizes', parts[0].length, parts[parts.length - 1].length, 'same', md5(all) === md5(plain));
      next();
    });
  }, 100);
}

// reset() while a chunk's steps are waiting for the reader: what was
// pushed stays, and the stream starts over on the input that follows.
function resetMidStream() {
  const g = zlib.createGunzip({ chunkSize: 4096 });
  let before = 0;
  let after = '';
  let resetDone = false;
  g.on('data', (d) => {
    if (resetDone) after += d;
    else before += d.length;
  });
  g.on('error', (e) => {
    console.log('reset: error', e.code, e.message, 'before', before, 'after', JSON.stringify(after.slice(0, 20)));
    next();
  });
  g.write(gz.subarray(0, 2000));
  g.pause();
  setTimeout(() => {
    g.reset();
    resetDone = true;
    g.end(zlib.gzipSync('a second stream'));
    g.resume();
    g.on('end', () => {
      console.log('reset: before', before, 'after', after.length, JSON.stringify(after.slice(-20)));
      next();
    });
  }, 50);
}

// destroy() in a data handler, with the decoder ahead: no more data, a
// close, no error.
function destroyMidStream() {
  const g = zlib.createGunzip({ chunkSize: 2048 });
  let n = 0;
  g.on('data', () => {
    if (++n === 5) g.destroy();
  });
  g.on('error', (e) => console.log('destroy: error', e.code));
  g.on('close', () => {
    setTimeout(() => {
      console.log('destroy: data events', n, 'destroyed', g.destroyed);
      next();
    }, 50);
  });
  g.end(gz);
}

// Writes that each end at a sync flush: each write's output is all there
// by its callback, in windows cut where node cuts them.
function flushBetweenWrites() {
  const def = zlib.createDeflate();
  const pieces = [];
  def.on('data', (d) => pieces.push(d));
  const inputs = [text(100), text(70000), text(5), text(40000)];
  (function feed(i) {
    if (i === inputs.length) {
      def.end();
      return;
    }
    def.write(inputs[i]);
    def.flush(zlib.constants.Z_SYNC_FLUSH, () => {
      pieces.push(null);
      feed(i + 1);
    });
  })(0);
  def.on('end', () => {
    // Each flushed piece as one buffer.
    const writes = [];
    let cur = [];
    for (const p of pieces) {
      if (p === null) {
        writes.push(Buffer.concat(cur));
        cur = [];
      } else cur.push(p);
    }
    writes.push(Buffer.concat(cur));
    const inf = zlib.createInflate({ chunkSize: 8192 });
    const sizes = [];
    let got = 0;
    inf.on('data', (d) => {
      got += d.length;
      sizes.push(d.length);
    });
    (function write(i) {
      if (i === writes.length) {
        inf.end();
        inf.on('end', () => {
          console.log('flush: windows', sizes.join(','));
          next();
        });
        return;
      }
      inf.write(writes[i], () => {
        console.log('flush: after write', i, 'got', got);
        write(i + 1);
      });
    })(0);
  });
}

// Faults far into the data (a wrong check, an invalid code): the windows
// before them arrive, the one a fault is in does not, then the error.
const corrupt = [Buffer.from(gz), fixedGzip(plain, 200000)];
corrupt[0][Math.floor(gz.length * 0.7)] ^= 0x55;
function corruptLate() {
  const bad = corrupt.shift();
  if (corrupt.length) steps.unshift(corruptLate);
  const g = zlib.createGunzip({ chunkSize: 4096 });
  let got = 0;
  g.on('data', (d) => { got += d.length; });
  g.on('error', (e) => {
    console.log('corrupt: error', e.code, e.errno, e.message, 'got', got);
    next();
  });
  g.on('end', () => {
    console.log('corrupt: no error, got', got);
    next();
  });
  for (let i = 0; i < bad.length; i += 65536) g.write(bad.subarray(i, i + 65536));
  g.end();
}

// A fault right where a window fills: that window arrives first.
function faultAtWindowEnd() {
  const data = text(8192);
  const stored = Buffer.concat([
    Buffer.from([0x00, 0x00, 0x20, 0xff, 0xdf]), // a stored block, not the last, of 8192 bytes
    data,
    Buffer.from([0x07]), // the last block, of the reserved type
  ]);
  const r = zlib.createInflateRaw({ chunkSize: 4096 });
  const sizes = [];
  r.on('data', (d) => sizes.push(d.length));
  r.on('error', (e) => {
    console.log('window end: error', e.code, e.message, 'windows', sizes.join(','));
    next();
  });
  r.end(stored);
}

// Input that stops inside the stream: everything decodable arrives, then
// the error.
function truncated() {
  const g = zlib.createGunzip({ chunkSize: 4096 });
  let got = 0;
  g.on('data', (d) => { got += d.length; });
  g.on('error', (e) => {
    console.log('truncated: error', e.code, e.message, 'got', got);
    next();
  });
  g.end(gz.subarray(0, 60001));
}

next();
