const nums = [0, -0, 1, -1.5, 1234.5678, 1234567.891, 0.000123, 1e21, NaN, Infinity, -Infinity, 0.125, 1.005, 999.9999];
for (const l of ['en-US', 'de-DE', 'ja-JP', 'en-IN']) {
  const f = new Intl.NumberFormat(l);
  console.log(l, nums.map((n) => f.format(n)).join(' | '));
}
const opts = [
  { style: 'percent' }, { style: 'percent', maximumFractionDigits: 2 },
  { minimumFractionDigits: 2 }, { maximumFractionDigits: 0 }, { minimumIntegerDigits: 3 },
  { useGrouping: false }, { maximumSignificantDigits: 3 }, { minimumSignificantDigits: 5 },
  { signDisplay: 'always' }, { signDisplay: 'exceptZero' }, { signDisplay: 'never' },
  { notation: 'scientific' }, { notation: 'engineering' }, { notation: 'compact' }, { notation: 'compact', compactDisplay: 'long' },
  { style: 'currency', currency: 'USD' }, { style: 'currency', currency: 'EUR' }, { style: 'currency', currency: 'JPY' },
  { style: 'currency', currency: 'USD', currencyDisplay: 'code' }, { style: 'currency', currency: 'USD', currencyDisplay: 'name' },
  { style: 'currency', currency: 'USD', currencySign: 'accounting' },
  { style: 'unit', unit: 'kilobyte' }, { style: 'unit', unit: 'megabyte', unitDisplay: 'long' }, { style: 'unit', unit: 'second', unitDisplay: 'narrow' },

];
for (const o of opts) {
  const f = new Intl.NumberFormat('en-US', o);
  console.log(JSON.stringify(o), [0, 1, -1, 1.5, 999, 1234.5, 99999, 1234567].map((n) => f.format(n)).join(' | '));
}
console.log(new Intl.NumberFormat('en-US', { style: 'currency', currency: 'EUR' }).formatToParts(-1234.5));
console.log(new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(1234.5));
console.log(new Intl.NumberFormat().resolvedOptions(), new Intl.NumberFormat('en', { notation: 'compact' }).resolvedOptions());
console.log((1234.5).toLocaleString(), (1234.5).toLocaleString('de-DE'), (0.5).toLocaleString('en', { style: 'percent' }));
console.log(123456789n.toLocaleString(), 123456789012345678901234567890n.toLocaleString('en'), new Intl.NumberFormat('en').format(12345678901234567890n));
console.log([1234.5, 6789].toLocaleString(), [1234.5, new Date(0)].toLocaleString('de-DE', { timeZone: 'UTC' }));
