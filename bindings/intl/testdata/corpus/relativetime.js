for (const style of ['long', 'short', 'narrow']) {
  for (const numeric of ['always', 'auto']) {
    const f = new Intl.RelativeTimeFormat('en', { style, numeric });
    console.log(style, numeric, ['second', 'minutes', 'hour', 'day', 'week', 'month', 'quarter', 'year'].map((u) => [-2, -1, 0, 1, 2.5].map((n) => f.format(n, u)).join(', ')).join(' | '));
  }
}
const f = new Intl.RelativeTimeFormat('en');
console.log(f.formatToParts(-1234, 'day'), f.resolvedOptions());
try { f.format(1, 'decade'); } catch (e) { console.log(e.name, e.message); }
