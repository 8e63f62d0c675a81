// util.MIMEType parses by the WHATWG rules: case folding of type, subtype
// and parameter names, whitespace, quoted values with escapes, the first
// of duplicate parameters, and silently dropped invalid ones.
const { MIMEType } = require('util');
const inputs = [
  'text/html;charset=gbk', 'TEXT/HTML;CHARSET=GBK', ' \t text/plain \n', 'text/html;charset=gbk(',
  'text/html;x=(;charset=gbk', 'text/html;charset=gbk;charset=windows-1255', 'text/html;charset =gbk',
  'text/html ;charset=gbk', 'text/html; charset="gbk"', 'text/html;charset="g\\"b\\\\k"', 'text/html;charset="unterminated',
  'text/html;charset="a"junk;b=c', 'text/html;;;x=1', 'text/html;x', 'text/html;x=', 'text/html;=y', 'text/html;x=""',
  'application/ld+json;profile="a b"', 'image/svg+xml;É=1;ok=2', 'text/html;v=é', 'a/b;c=d;e', 'a/b;c="x\\',
];
for (const input of inputs) {
  const m = new MIMEType(input);
  console.log(JSON.stringify(input), '->', JSON.stringify(String(m)), m.type, m.subtype, m.essence, JSON.stringify([...m.params]));
}
for (const bad of ['', 'text', '/html', 'text/', 'te xt/html', 'text/ht;ml', 'text/html\u00e9', ' ;/x', 'x/y z']) {
  try { new MIMEType(bad); console.log('accepted', JSON.stringify(bad)); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(String(new MIMEType({ toString: () => 'Text/X-Custom; A=B' })), JSON.stringify({ m: new MIMEType('a/b;c=d') }));
