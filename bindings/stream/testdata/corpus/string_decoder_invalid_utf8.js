// Invalid UTF-8 becomes U+FFFD by node's rules however the bytes are split
// across writes: a lead byte cut short by a non-continuation byte, stray
// continuation bytes, and a sequence left unfinished at end().
const { StringDecoder } = require('string_decoder');
const inputs = [
  [0xe2, 0x41], [0xf0, 0x9f, 0x41], [0x80, 0x80], [0xc3], [0xe2, 0x82], [0xf0, 0x9f, 0x98],
  [0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80], [0xed, 0xa0, 0x80], [0xff, 0xfe, 0x41], [0xc0, 0xaf],
];
const hex = (s) => [...s].map((c) => c.codePointAt(0).toString(16)).join(' ');
for (const bytes of inputs) {
  const results = new Set();
  // Every way of cutting the input in two.
  for (let cut = 0; cut <= bytes.length; cut++) {
    const d = new StringDecoder('utf8');
    results.add(hex(d.write(Buffer.from(bytes.slice(0, cut))) + d.write(Buffer.from(bytes.slice(cut))) + d.end()));
  }
  const oneByOne = new StringDecoder('utf8');
  let s = '';
  for (const b of bytes) s += oneByOne.write(Buffer.from([b]));
  s += oneByOne.end();
  console.log(bytes.map((b) => b.toString(16)).join(' '), '->', [...results].join(' | '), '| bytewise:', hex(s));
}
