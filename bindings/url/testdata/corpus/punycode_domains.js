// punycode over many scripts: toASCII and back gives the input.
const p = require('punycode');
const names = ['bücher.de', 'mañana.com', 'пример.испытание', '例え.テスト', 'مثال.إختبار', 'उदाहरण.परीक्षा',
  'παράδειγμα.δοκιμή', '실례.테스트', 'דוגמה.טעסט', 'user@bücher.de', 'ascii.only.com', '☃.net', '🍕.ws', 'a.b.c.d'];
for (const n of names) {
  const a = p.toASCII(n);
  console.log(n, a, p.toUnicode(a) === n);
}
for (const s of ['abc', 'ü', 'üü', 'aüb', '😀😀', 'Ǆ', '\u00df']) console.log(JSON.stringify(s), p.encode(s), p.decode(p.encode(s)) === s);
console.log(p.ucs2.encode(p.ucs2.decode('a😀b')) === 'a😀b');
