for (const l of ['en', 'en-GB', 'de', 'fr', 'ja', 'es']) {
  for (const type of ['conjunction', 'disjunction', 'unit']) {
    for (const style of ['long', 'short', 'narrow']) {
      const f = new Intl.ListFormat(l, { type, style });
      console.log(l, type, style, [[], ['a'], ['a', 'b'], ['a', 'b', 'c'], ['a', 'b', 'c', 'd']].map((x) => f.format(x)).join(' | '));
    }
  }
}
const f = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });
console.log(f.formatToParts(['x', 'y', 'z']), f.resolvedOptions(), f.format(new Set(['p', 'q'])));
for (const bad of [() => f.format([1]), () => new Intl.ListFormat('en', { type: 'x' }), () => Intl.ListFormat()]) {
  try { bad(); } catch (e) { console.log(e.name, e.message); }
}
