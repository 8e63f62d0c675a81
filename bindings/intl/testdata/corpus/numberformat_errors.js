const cases = [
  () => new Intl.NumberFormat('en', { style: 'bad' }),
  () => new Intl.NumberFormat('en', { minimumFractionDigits: 30 }),
  () => new Intl.NumberFormat('en', { minimumFractionDigits: 3, maximumFractionDigits: 1 }),
  () => new Intl.NumberFormat('en', { style: 'currency' }),
  () => new Intl.NumberFormat('en', { style: 'currency', currency: 'xx' }),
  () => new Intl.NumberFormat('en', { style: 'unit' }),
  () => new Intl.NumberFormat('en', { style: 'unit', unit: 'foo' }),
  () => new Intl.NumberFormat('en', { useGrouping: 'x' }),
  () => new Intl.NumberFormat(['en', 5]),
  () => new Intl.NumberFormat('x-foo'),
  () => (1).toLocaleString('en_US'),
];
for (const c of cases) {
  try { console.log(c()); } catch (e) { console.log(e.name, e.message); }
}
console.log(Intl.NumberFormat('en') instanceof Intl.NumberFormat, typeof new Intl.NumberFormat().format, new Intl.NumberFormat().format.name);
