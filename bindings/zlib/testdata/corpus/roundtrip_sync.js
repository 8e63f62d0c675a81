// Every sync pair round-trips every input type node accepts.
const zlib = require('zlib');
const text = 'roundtrip '.repeat(500) + 'end';
const inputs = {
  string: text,
  buffer: Buffer.from(text),
  uint8: new Uint8Array(Buffer.from(text)),
  uint16: new Uint16Array([1, 2, 3, 65535, 0, 42]),
  dataview: new DataView(Buffer.from(text).buffer.slice(0)),
  arraybuffer: Buffer.from(text).buffer.slice(0),
  empty: Buffer.alloc(0),
};
const pairs = [
  ['gzipSync', 'gunzipSync'], ['deflateSync', 'inflateSync'], ['deflateRawSync', 'inflateRawSync'],
  ['gzipSync', 'unzipSync'], ['deflateSync', 'unzipSync'], ['brotliCompressSync', 'brotliDecompressSync'],
];
function bytesOf(v) {
  if (typeof v === 'string') return Buffer.from(v);
  if (v instanceof ArrayBuffer) return Buffer.from(v);
  return Buffer.from(v.buffer, v.byteOffset, v.byteLength);
}
for (const [c, d] of pairs) {
  for (const [name, input] of Object.entries(inputs)) {
    const z = zlib[c](input);
    const back = zlib[d](z);
    console.log(c, name, Buffer.isBuffer(z), Buffer.isBuffer(back), back.equals(bytesOf(input)));
  }
}
