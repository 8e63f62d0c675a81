// A decoder's pending bytes, as lastChar/lastNeed/lastTotal report them and
// as util.inspect shows the decoder, after each partial write.
const { StringDecoder } = require('string_decoder');
const util = require('util');
const steps = [
  ['utf8', [[0xe2], [0x82], [0xac, 0x41]]],
  ['utf8', [[0xf0, 0x9f], [0x98], [0x80]]],
  ['utf16le', [[0x3d], [0xd8, 0x4d], [0xdc]]],
  ['base64', [[1], [2, 3, 4], [5]]],
  ['hex', [[0xab], [0xcd]]],
  ['latin1', [[0xe9]]],
];
for (const [enc, chunks] of steps) {
  const d = new StringDecoder(enc);
  console.log(util.inspect(d));
  for (const c of chunks) {
    const out = d.write(Buffer.from(c));
    console.log(enc, JSON.stringify(out), d.lastChar, d.lastNeed, d.lastTotal);
  }
  console.log(enc, 'end', JSON.stringify(d.end()), d.lastNeed, d.lastTotal);
  console.log(util.inspect(d, { showHidden: true }));
}
