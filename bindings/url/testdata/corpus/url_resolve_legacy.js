// url.resolve and url.resolveObject: relative references against bases.
const url = require('url');
const pairs = [
  ['/one/two/three', 'four'],
  ['http://example.com/', '/one'],
  ['http://example.com/one', '/two'],
  ['http://example.com/one/', 'two'],
  ['http://example.com/a/b/c', '../d'],
  ['http://example.com/a/b/c', '../../../../d'],
  ['http://example.com/a/b/c', './'],
  ['http://example.com/a/b/c', '.'],
  ['http://example.com/a/b/c', '..'],
  ['http://example.com/a/b/c', '?q=1'],
  ['http://example.com/a/b/c?x', '#h'],
  ['http://example.com/a/b/c', ''],
  ['http://example.com/a', '//other.com/x'],
  ['http://example.com/a', 'https://secure.com'],
  ['http://example.com/a', 'mailto:a@b.c'],
  ['http://example.com/a', 'http:rel'],
  ['http://example.com/a', 'https:rel/path'],
  ['http://u:p@example.com/a', '/b'],
  ['http://u:p@example.com/a', '//other/b'],
  ['mailto:local1@domain1', 'local2@domain2'],
  ['mailto:a@b', '?subject=x'],
  ['mailto:a@b', '../x'],
  ['file:///a/b', 'c'],
  ['file:///a/b', '/c'],
  ['file:', 'x'],
  ['a/b/c', '../../../d'],
  ['a/b', 'c'],
  ['', 'x'],
  ['http://x.com', 'y'],
  ['http://x.com/a/', 'b/../../c/./d/'],
  ['http://x.com/a/b', '.././..'],
  ['xmpp:user@host', 'other'],
  ['http://x.com/p?q', 'javascript:void(0)'],
  ['http://[::1]/a', 'b'],
];
for (const [from, to] of pairs) {
  try {
    console.log(JSON.stringify([from, to]), JSON.stringify(url.resolve(from, to)));
  } catch (e) {
    console.log(JSON.stringify([from, to]), 'ERR', e.code, e.message);
  }
}
const o = url.resolveObject('http://a.com/b/c', '../d?e#f');
console.log(JSON.stringify(o), o instanceof url.Url);
console.log(url.resolveObject('', 'x'), JSON.stringify(url.resolveObject(url.parse('http://a/b'), url.parse('c'))));
console.log(url.parse('http://a/b/c').resolve('d'));
