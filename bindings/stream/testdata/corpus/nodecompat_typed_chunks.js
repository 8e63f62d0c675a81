'use strict';
// Every ArrayBufferView is a chunk: writes and pushes of typed arrays and
// DataViews arrive as Buffers over the same bytes.
const { Readable, Writable, PassThrough } = require('stream');

const seen = [];
const w = new Writable({
  write(chunk, encoding, cb) {
    seen.push([chunk.constructor.name, encoding, [...chunk]]);
    cb();
  },
});
w.write(new Int8Array([-1, 2]));
w.write(new Uint16Array([258]));
w.write(new Float32Array([1]));
w.write(new DataView(new Uint8Array([9, 8, 7]).buffer, 1, 2));
w.write(new Uint8ClampedArray([300, 4]));
w.end(new BigInt64Array([1n]), () => {
  for (const s of seen) console.log(s.join(' '));
});

const r = new Readable({ read() {} });
r.push(new Int32Array([1]));
r.push(new DataView(new ArrayBuffer(2)));
r.push(null);
const parts = [];
r.on('data', (d) => parts.push(Buffer.isBuffer(d) + ':' + d.toString('hex')));
r.on('end', () => console.log('read', parts.join(',')));

const p = new PassThrough();
p.end(new Uint32Array([0xdeadbeef]));
p.on('data', (d) => console.log('passthrough', d));
