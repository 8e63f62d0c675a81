const nums = [0, -1.5, 0.125, 999.995, 1234.5, 99999.99, 123456.789, 1e6, 1.23e9, 9.99e11, 1e21, NaN, -Infinity];
const opts = [{}, { style: 'percent' }, { notation: 'compact' }, { notation: 'compact', compactDisplay: 'long' },
  { notation: 'compact', maximumFractionDigits: 2 }, { style: 'currency', currency: 'EUR' }, { style: 'currency', currency: 'JPY' },
  { style: 'currency', currency: 'USD', currencyDisplay: 'code' }, { maximumSignificantDigits: 3, signDisplay: 'exceptZero' }];
for (const l of ['de-DE', 'ja-JP', 'en-GB', 'en-IN', 'es-ES', 'it-IT', 'zh-CN', 'ko-KR', 'pl-PL']) {
  for (const o of opts) {
    const f = new Intl.NumberFormat(l, o);
    console.log(l, JSON.stringify(o), nums.map((n) => f.format(n)).join(' | '));
  }
}
console.log(new Intl.NumberFormat('de-DE', { notation: 'compact', compactDisplay: 'long' }).formatToParts(1.5e6));
console.log(new Intl.NumberFormat('ja-JP', { notation: 'compact' }).formatToParts(123456));
console.log(new Intl.NumberFormat('en-US', { style: 'currency', currency: 'CHF' }).formatToParts(-12));
