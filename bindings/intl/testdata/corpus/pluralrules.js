for (const l of ['en', 'de', 'ru', 'ar', 'ja', 'pl']) {
  const c = new Intl.PluralRules(l);
  const o = new Intl.PluralRules(l, { type: 'ordinal' });
  console.log(l, [0, 1, 2, 3, 4, 5, 11, 21, 22, 101, 1.5, 0.5].map((n) => c.select(n) + '/' + o.select(n)).join(' '));
  console.log(c.resolvedOptions().pluralCategories, o.resolvedOptions().pluralCategories);
}
console.log(new Intl.PluralRules('en', { minimumFractionDigits: 1 }).select(1), new Intl.PluralRules('en').resolvedOptions());
