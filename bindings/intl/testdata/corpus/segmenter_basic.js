const g = new Intl.Segmenter();
console.log([...g.segment('e\u0301a👨‍👩‍👧🇫🇷\r\nz')].map((s) => [s.segment, s.index]));
const w = new Intl.Segmenter('en', { granularity: 'word' });
const segs = w.segment("Hello, world! It's 3.14 foo_bar x.y 😀");
for (const s of segs) console.log(JSON.stringify(s.segment), s.index, s.isWordLike);
console.log(segs.containing(8), segs.containing(-1), segs.containing(1000));
const s = new Intl.Segmenter('en', { granularity: 'sentence' });
console.log([...s.segment('Hi there. How are you? Fine!')].map((x) => x.segment));
console.log(w.resolvedOptions(), g.resolvedOptions(), Object.prototype.toString.call(w));
console.log(Object.prototype.toString.call(segs[Symbol.iterator]()), Intl.Segmenter.length, Intl.Segmenter.name);
console.log(Intl.Segmenter.supportedLocalesOf(['en', 'de-DE', 'fr']));
for (const bad of [() => Intl.Segmenter(), () => new Intl.Segmenter('en', { granularity: 'line' }),
  () => new Intl.Segmenter('en_US'), () => Intl.Segmenter.prototype.segment.call({}, 'x'),
  () => new Intl.Segmenter('en', null)]) {
  try { bad(); } catch (e) { console.log(e.name, e.message); }
}
