// querystring: stringify then parse gives back strings; unicode and
// reserved characters survive; custom separators round-trip.
const qs = require('querystring');
const inputs = [
  { a: 'b' }, { 'ü': 'ñ', '😀': '🚀' }, { 'a&b': 'c=d', 'e+f': 'g h', '%': '%%' }, { list: ['1', '2', '3'] },
  { empty: '' }, { '': 'nokey' }, { n: '1', t: 'true' }, { 'a[b]': 'c[]' }, { tab: '\t\n', nul: '\0' },
];
for (const o of inputs) {
  const s = qs.stringify(o);
  const back = qs.parse(s);
  console.log(s, JSON.stringify(back), JSON.stringify(back) === JSON.stringify(o));
  const s2 = qs.stringify(o, ';', ':');
  console.log(s2, JSON.stringify(qs.parse(s2, ';', ':')));
}
console.log(qs.parse(qs.stringify({ x: 'a+b c' })).x);
console.log(JSON.stringify(qs.parse('a=1&a=2&a=3', null, null, { maxKeys: 2 })));
