'use strict';
// Pipes 100 MiB in 64 KiB chunks from a Readable through a Transform into a
// Writable and prints the throughput as one JSON line: {"mib_s": N}.
const { Readable, Transform, Writable, pipeline } = require('stream');

const CHUNK = 64 * 1024;
const TOTAL = 100 * 1024 * 1024;
const chunk = Buffer.alloc(CHUNK, 'x');

let produced = 0;
const source = new Readable({
  read() {
    if (produced >= TOTAL) {
      this.push(null);
      return;
    }
    produced += CHUNK;
    this.push(chunk);
  },
});

// The transform hands on a copy-free view of each chunk (all but its first
// byte), so the stream machinery, not a per-byte JS loop, is what is timed.
const transform = new Transform({
  transform(data, encoding, callback) {
    callback(null, data.subarray(1));
  },
});

let consumed = 0;
const sink = new Writable({
  write(data, encoding, callback) {
    consumed += data.length;
    callback();
  },
});

const start = process.hrtime.bigint();
pipeline(source, transform, sink, (err) => {
  if (err) throw err;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (consumed !== TOTAL - TOTAL / CHUNK) throw new Error('lost data: ' + consumed);
  console.log(JSON.stringify({ mib_s: Math.round((TOTAL / (1024 * 1024) / seconds) * 10) / 10 }));
});
