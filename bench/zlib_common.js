'use strict';
// Shared by zlib_pipe.js, zlib_gzip.js and zlib_gunzip.js: streams 256 MiB
// of generated, semi-compressible text (numbered lines of words and hex,
// about 2.5:1 under gzip -6) in 64 KiB chunks through zlib streams, and
// prints the throughput of the uncompressed side and the process's CPU
// seconds (user + system, every thread) while the clock ran, as one JSON
// line: {"mib_s": N, "cpu_s": S}. The data is made before the clock starts.
const zlib = require('zlib');
const { Readable, Writable, pipeline } = require('stream');

const CHUNK = 64 * 1024;
const TOTAL = 256 * 1024 * 1024;
const POOL = 64; // distinct chunks, reused in turn

function makePool() {
  let seed = 1;
  const rnd = (n) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const words = ['alpha', 'beta', 'gamma', 'delta', 'stream', 'zlib', 'node', 'buffer', 'chunk', 'data', 'the', 'of', 'and'];
  const pool = [];
  for (let i = 0; i < POOL; i++) {
    const lines = [];
    let len = 0;
    while (len < CHUNK) {
      const line = rnd(100000) + ' ' + words[rnd(13)] + ' ' + words[rnd(13)] + ' ' + rnd(0x7fffffff).toString(16) + '\n';
      lines.push(line);
      len += line.length;
    }
    pool.push(Buffer.from(lines.join('')).subarray(0, CHUNK));
  }
  return pool;
}

function source(pool) {
  let produced = 0;
  return new Readable({
    read() {
      if (produced >= TOTAL) {
        this.push(null);
        return;
      }
      this.push(pool[(produced / CHUNK) % POOL]);
      produced += CHUNK;
    },
  });
}

function counter() {
  const sink = new Writable({
    write(data, encoding, callback) {
      sink.bytes += data.length;
      callback();
    },
  });
  sink.bytes = 0;
  return sink;
}

// clock starts the clock: the wall time and the CPU time so far.
function clock() {
  return { wall: process.hrtime.bigint(), cpu: process.cpuUsage() };
}

function report(start, bytes) {
  if (bytes !== TOTAL) throw new Error('lost data: ' + bytes);
  const seconds = Number(process.hrtime.bigint() - start.wall) / 1e9;
  const cpu = process.cpuUsage(start.cpu);
  console.log(JSON.stringify({
    mib_s: Math.round((TOTAL / (1024 * 1024) / seconds) * 10) / 10,
    cpu_s: Math.round((cpu.user + cpu.system) / 1e4) / 100,
  }));
}

// run measures one mode: 'pipe' (gzip then gunzip), 'gzip' or 'gunzip'
// (of a level-1 gzip stream of the same data, made beforehand).
function run(mode) {
  const pool = makePool();
  if (mode === 'gunzip') {
    const parts = [];
    const prep = counter();
    prep._write = (data, encoding, callback) => {
      parts.push(data);
      callback();
    };
    pipeline(source(pool), zlib.createGzip({ level: 1 }), prep, (err) => {
      if (err) throw err;
      const gz = Buffer.concat(parts);
      const sink = counter();
      const start = clock();
      let off = 0;
      const compressed = new Readable({
        read() {
          if (off >= gz.length) {
            this.push(null);
            return;
          }
          this.push(gz.subarray(off, off + CHUNK));
          off += CHUNK;
        },
      });
      pipeline(compressed, zlib.createGunzip(), sink, (err) => {
        if (err) throw err;
        report(start, sink.bytes);
      });
    });
    return;
  }
  const sink = counter();
  const start = clock();
  if (mode === 'gzip') {
    let raw = 0;
    const src = source(pool);
    src.on('data', (d) => { raw += d.length; });
    pipeline(src, zlib.createGzip(), sink, (err) => {
      if (err) throw err;
      report(start, raw);
    });
    return;
  }
  pipeline(source(pool), zlib.createGzip(), zlib.createGunzip(), sink, (err) => {
    if (err) throw err;
    report(start, sink.bytes);
  });
}

module.exports = { run };
