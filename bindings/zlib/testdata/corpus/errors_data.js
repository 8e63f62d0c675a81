// Damaged input gets zlib's message, errno -3 and code Z_DATA_ERROR.
const zlib = require('zlib');
const good = Buffer.from('H4sIAAAAAAAAA0tMSgYAwkEkNQMAAAA=', 'base64'); // gzip of 'abc'
const zgood = zlib.deflateSync('hello hello hello');
function mod(buf, i, v) { const b = Buffer.from(buf); b[i] = v; return b; }
const cases = {
  'gunzip not gzip': () => zlib.gunzipSync(Buffer.from('plain text here')),
  'gunzip method': () => zlib.gunzipSync(mod(good, 2, 7)),
  'gunzip flags': () => zlib.gunzipSync(mod(good, 3, 0x20)),
  'gunzip crc': () => zlib.gunzipSync(mod(good, good.length - 8, good[good.length - 8] ^ 1)),
  'gunzip length': () => zlib.gunzipSync(mod(good, good.length - 4, 9)),
  'gunzip header crc': () => zlib.gunzipSync(Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 2, 0, 0, 0, 0, 0, 3, 0, 0]), good.subarray(10)])),
  'inflate header': () => zlib.inflateSync(Buffer.from([0x78, 0x9d, 0, 0])),
  'inflate method': () => zlib.inflateSync(Buffer.from([0x79, 0x9c])),
  'inflate window': () => zlib.inflateSync(Buffer.from([0x88, 0x98, 0, 0])),
  'inflate adler': () => zlib.inflateSync(mod(zgood, zgood.length - 1, zgood[zgood.length - 1] ^ 1)),
  'raw block type': () => zlib.inflateRawSync(Buffer.from([0x07, 0, 0])),
  'raw stored lengths': () => zlib.inflateRawSync(Buffer.from([0x01, 0x05, 0x00, 0x00, 0x00, 1, 2, 3, 4, 5])),
  'raw too far back': () => zlib.inflateRawSync(Buffer.from([0x63, 0x00, 0x42, 0x00])),
  'raw distance code': () => zlib.inflateRawSync(Buffer.from([0x63, 0x00, 0x7e, 0x00, 0x00])),
  'raw lit code': () => zlib.inflateRawSync(Buffer.from([0x1b, 0x3e, 0x00])),
  'raw too many': () => zlib.inflateRawSync(Buffer.from([0xfd, 0xff, 0xff, 0xff, 0xff])),
  'unzip garbage': () => zlib.unzipSync(Buffer.from('garbage!')),
  'unzip 1f': () => zlib.unzipSync(Buffer.from([0x1f, 0x00, 0x00, 0x00])),
};
for (const [name, f] of Object.entries(cases)) {
  try {
    console.log(name, 'ok', f().length);
  } catch (e) {
    console.log(name, '|', e.name, '|', e.message, '|', e.code, e.errno, Object.keys(e).join(','));
  }
}
