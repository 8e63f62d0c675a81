const words = ['a', 'A', 'á', 'Á', 'b', 'B', 'ä', 'z', 'Z', 'é', 'e', 'E', 'ß', 'ss', 'item10', 'item2', 'Item1', 'a-b', 'ab', 'a b', 'a_b', '', ' ', '1', '10', '2', 'ñ', 'n', 'o', 'ö', 'œ', 'æ', 'ae', 'Ø', 'ø', 'å', 'aa', '日本', 'にほん', 'ニホン', '漢字', 'Ω', 'ω', '😀', 'résumé', 'resume', 'Resume', 'coop', 'co-op', 'cote', 'côte', 'coté', 'côté'];
for (const l of ['en', 'de', 'sv', 'fr', 'es']) {
  for (const o of [{}, { sensitivity: 'base' }, { sensitivity: 'accent' }, { sensitivity: 'case' }, { numeric: true }, { caseFirst: 'upper' }, { ignorePunctuation: true }]) {
    const c = new Intl.Collator(l, o);
    console.log(l, JSON.stringify(o), [...words].sort(c.compare).join(','));
  }
}
console.log(new Intl.Collator('da').resolvedOptions().caseFirst, new Intl.Collator('en', { caseFirst: 'upper' }).resolvedOptions(), ['b', 'a', 'B'].sort((x, y) => x.localeCompare(y, 'en', { caseFirst: 'upper' })));
