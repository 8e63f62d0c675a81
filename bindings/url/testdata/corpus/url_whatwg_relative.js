// new URL(relative, base): the resolution scripts rely on, as in
// new URL('./file', import.meta.url).
const bases = ['file:///dir/sub/main.js', 'http://u:p@h.com:8/a/b/c?q#f', 'foo://h/a/b', 'mailto:x@y'];
const refs = ['./x.js', '../x', '../../../../x', '.', '..', './', 'x/', '/abs', '//other/p', '?q2', '#f2', '', 'http:rel', 'https:rel',
  'file:other', 'g:h', '\\\\back\\slash', 'a%2fb', ';x', '..;/x', '%2e%2e/x'];
for (const b of bases) {
  for (const r of refs) {
    try {
      console.log(JSON.stringify([b, r]), new URL(r, b).href);
    } catch (e) {
      console.log(JSON.stringify([b, r]), 'ERR', e.code, e.input, e.base);
    }
  }
}
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message, e.input, e.base); } };
t(() => new URL('x', 'bad'));
t(() => new URL());
t(() => new URL('http://a/', undefined).href);
t(() => new URL(new URL('http://b/x')).href);
t(() => new URL({ toString() { return 'http://c/' + 'y'; } }).href);
t(() => [URL.canParse('http://x'), URL.canParse('x'), URL.canParse('x', 'http://b/'), URL.canParse('x', 'bad')]);
t(() => URL.canParse());
t(() => JSON.stringify({ u: new URL('http://j/') }));
t(() => String(new URL('http://s/')) + ' ' + new URL('http://s/').toString());
t(() => Object.keys(new URL('http://k/')).length);
t(() => { const { ...o } = new URL('http://k/'); return Object.keys(o).length; });
t(() => new URL('http://i/a?b=1#c'));
t(() => Object.prototype.toString.call(new URL('http://t/')));
