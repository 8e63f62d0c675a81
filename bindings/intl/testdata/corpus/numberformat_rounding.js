const nums = [1.5, 2.5, -1.5, -2.5, 1.25, -1.25, 1.001, -1.001, 0.5, -0.5, 0.0004, -0.0004, 9.95, 1, 1.1];
for (const roundingMode of ['ceil', 'floor', 'expand', 'trunc', 'halfCeil', 'halfFloor', 'halfExpand', 'halfTrunc', 'halfEven']) {
  for (const o of [{ maximumFractionDigits: 0 }, { maximumFractionDigits: 1 }, { maximumSignificantDigits: 2 }, { maximumFractionDigits: 2, trailingZeroDisplay: 'stripIfInteger', minimumFractionDigits: 2 }]) {
    const f = new Intl.NumberFormat('en', Object.assign({ roundingMode }, o));
    console.log(roundingMode, JSON.stringify(o), nums.map((n) => f.format(n)).join(' '));
  }
}
