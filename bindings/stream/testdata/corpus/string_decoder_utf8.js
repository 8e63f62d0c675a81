const { StringDecoder } = require('string_decoder');
const show = (s) => JSON.stringify(s);
const d = new StringDecoder('utf8');
const euro = Buffer.from('€');
console.log(show(d.write(euro.subarray(0, 1))), show(d.write(euro.subarray(1, 2))), show(d.write(euro.subarray(2))));
const emoji = Buffer.from('😀');
console.log(show(d.write(emoji.subarray(0, 3))), show(d.end(emoji.subarray(3))));
console.log(show(d.write(Buffer.from([0xe2, 0x82]))), show(d.end()));
console.log(show(d.write(Buffer.from([0xe2]))), show(d.write(Buffer.from([0x41]))), show(d.end()));
console.log(show(d.write(Buffer.from([0xff, 0x41]))), show(d.end(Buffer.from([0xf0, 0x9f]))));
console.log(show(d.write(Buffer.from([0xc3]))), show(d.write(Buffer.from([0xa9, 0xe2, 0x82]))), show(d.write(Buffer.from([0xac]))));
const all = Buffer.from('aé€😀b');
for (let cut = 0; cut <= all.length; cut++) {
  const dd = new StringDecoder();
  process.stdout.write(show(dd.write(all.subarray(0, cut))) + '+' + show(dd.write(all.subarray(cut))) + '+' + show(dd.end()) + ' ');
}
console.log();
let s = '';
const d2 = new StringDecoder('utf-8');
for (const b of all) s += d2.write(Buffer.from([b]));
console.log(show(s + d2.end()), d2.encoding, new StringDecoder().encoding, new StringDecoder('UTF8').encoding);
console.log(show(d2.write('already string')), show(d2.end('tail')));
console.log(show(new StringDecoder().write(new Uint8Array([0x68, 0x69]))));
try { new StringDecoder('nope'); } catch (e) { console.log(e.name, e.code, e.message); }
try { new StringDecoder().write(5); } catch (e) { console.log(e.name, e.code, e.message); }
const d3 = new StringDecoder();
d3.write(Buffer.from([0xf0, 0x9f]));
console.log(d3.lastNeed, d3.lastTotal, d3.lastChar && d3.lastChar.length);
console.log(show(new StringDecoder().text(Buffer.from('hello'), 2)));
console.log(Object.keys(require('string_decoder')));
