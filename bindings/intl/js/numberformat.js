'use strict';
// Intl.NumberFormat, and Number's and BigInt's toLocaleString. Option
// processing follows ECMA-402 with V8's messages; the formatting itself
// (symbols, grouping, rounding) is on the Go side.
const common = require('internal/intl/common');
const { native } = common;

const slots = new WeakMap();
const sanctionedUnits = ['acre', 'bit', 'byte', 'celsius', 'centimeter', 'day', 'degree', 'fahrenheit', 'fluid-ounce',
  'foot', 'gallon', 'gigabit', 'gigabyte', 'gram', 'hectare', 'hour', 'inch', 'kilobit', 'kilobyte', 'kilogram',
  'kilometer', 'liter', 'megabit', 'megabyte', 'meter', 'microsecond', 'mile', 'mile-scandinavian', 'milliliter',
  'millimeter', 'millisecond', 'minute', 'month', 'nanosecond', 'ounce', 'percent', 'petabyte', 'pound', 'second',
  'stone', 'terabit', 'terabyte', 'week', 'yard', 'year'];

function isWellFormedUnit(u) {
  if (sanctionedUnits.includes(u)) return true;
  const i = u.indexOf('-per-');
  return i > 0 && sanctionedUnits.includes(u.slice(0, i)) && sanctionedUnits.includes(u.slice(i + 5));
}

function NumberFormat(locales, options) {
  const self = Object.create(new.target ? new.target.prototype : NumberFormat.prototype);
  const requested = common.canonicalizeLocaleList(locales);
  const o = common.coerceOptions(options, 'Intl.NumberFormat');
  const svc = 'Intl.NumberFormat';
  common.getOption(o, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', svc);
  const nu = common.getOption(o, 'numberingSystem', 'string', undefined, undefined, svc);
  if (nu !== undefined && !/^[a-z0-9]{3,8}(-[a-z0-9]{3,8})*$/i.test(nu)) {
    throw new RangeError(`Invalid numberingSystem : ${nu}`);
  }
  const { locale, keys } = common.resolveLocale(requested, { nu: ['latn'] });
  const r = { locale, numberingSystem: 'latn' };
  const style = common.getOption(o, 'style', 'string', ['decimal', 'percent', 'currency', 'unit'], 'decimal', svc);
  r.style = style;
  let currency = common.getOption(o, 'currency', 'string', undefined, undefined, svc);
  if (currency !== undefined && !/^[A-Za-z]{3}$/.test(currency)) throw new RangeError(`Invalid currency code : ${currency}`);
  const currencyDisplay = common.getOption(o, 'currencyDisplay', 'string', ['code', 'symbol', 'narrowSymbol', 'name'], 'symbol', svc);
  const currencySign = common.getOption(o, 'currencySign', 'string', ['standard', 'accounting'], 'standard', svc);
  const unit = common.getOption(o, 'unit', 'string', undefined, undefined, svc);
  if (unit !== undefined && !isWellFormedUnit(unit)) throw new RangeError(`Invalid unit argument for Intl.NumberFormat() '${unit}'`);
  const unitDisplay = common.getOption(o, 'unitDisplay', 'string', ['short', 'narrow', 'long'], 'short', svc);
  if (style === 'currency') {
    if (currency === undefined) throw new TypeError('Currency code is required with currency style.');
    currency = currency.toUpperCase();
    r.currency = currency;
    r.currencyDisplay = currencyDisplay;
    r.currencySign = currencySign;
  }
  if (style === 'unit') {
    if (unit === undefined) throw new TypeError("Invalid unit argument for Intl.NumberFormat() ''");
    r.unit = unit;
    r.unitDisplay = unitDisplay;
  }
  const notation = common.getOption(o, 'notation', 'string', ['standard', 'scientific', 'engineering', 'compact'], 'standard', svc);
  let mnfdDefault = 0;
  let mxfdDefault = 3;
  if (style === 'currency' && notation === 'standard') {
    mnfdDefault = native.currencyDigits(currency);
    mxfdDefault = mnfdDefault;
  } else if (style === 'percent') {
    mxfdDefault = 0;
  }
  const g = { style, currency, currencyDisplay, currencySign, unit, unitDisplay, notation };
  r.minimumIntegerDigits = common.getNumberOption(o, 'minimumIntegerDigits', 1, 21, 1);
  g.minimumIntegerDigits = r.minimumIntegerDigits;
  const mnfd = o.minimumFractionDigits;
  const mxfd = o.maximumFractionDigits;
  const mnsd = o.minimumSignificantDigits;
  const mxsd = o.maximumSignificantDigits;
  const roundingIncrement = common.getNumberOption(o, 'roundingIncrement', 1, 5000, 1);
  const roundingMode = common.getOption(o, 'roundingMode', 'string', ['ceil', 'floor', 'expand', 'trunc', 'halfCeil', 'halfFloor', 'halfExpand', 'halfTrunc', 'halfEven'], 'halfExpand', svc);
  const roundingPriority = common.getOption(o, 'roundingPriority', 'string', ['auto', 'morePrecision', 'lessPrecision'], 'auto', svc);
  const trailingZeroDisplay = common.getOption(o, 'trailingZeroDisplay', 'string', ['auto', 'stripIfInteger'], 'auto', svc);
  const hasSd = mnsd !== undefined || mxsd !== undefined;
  const hasFd = mnfd !== undefined || mxfd !== undefined;
  let needSd = true;
  let needFd = true;
  if (roundingPriority === 'auto') {
    needSd = hasSd;
    if (needSd || (!hasFd && notation === 'compact')) needFd = false;
  }
  if (needSd) {
    if (hasSd) {
      r.minimumSignificantDigits = common.getNumberOption(o, 'minimumSignificantDigits', 1, 21, 1);
      r.maximumSignificantDigits = common.getNumberOption(o, 'maximumSignificantDigits', r.minimumSignificantDigits, 21, 21);
    } else {
      r.minimumSignificantDigits = 1;
      r.maximumSignificantDigits = 21;
    }
    g.minimumSignificantDigits = r.minimumSignificantDigits;
    g.maximumSignificantDigits = r.maximumSignificantDigits;
  }
  if (needFd) {
    if (hasFd) {
      let mn = common.getNumberOption(o, 'minimumFractionDigits', 0, 20, undefined);
      let mx = common.getNumberOption(o, 'maximumFractionDigits', 0, 20, undefined);
      if (mn === undefined) mn = Math.min(mnfdDefault, mx);
      else if (mx === undefined) mx = Math.max(mxfdDefault, mn);
      else if (mn > mx) throw new RangeError('maximumFractionDigits value is out of range.');
      r.minimumFractionDigits = mn;
      r.maximumFractionDigits = mx;
    } else {
      r.minimumFractionDigits = mnfdDefault;
      r.maximumFractionDigits = mxfdDefault;
    }
    if (!needSd) {
      g.minimumFractionDigits = r.minimumFractionDigits;
      g.maximumFractionDigits = r.maximumFractionDigits;
    }
  }
  if (!needSd && !needFd) {
    // Compact notation's default rounding.
    r.minimumSignificantDigits = 1;
    r.maximumSignificantDigits = 2;
    r.minimumFractionDigits = 0;
    r.maximumFractionDigits = 0;
    r.roundingPriorityResolved = 'morePrecision';
  }
  if (needSd && needFd) {
    g.minimumSignificantDigits = r.minimumSignificantDigits;
    g.maximumSignificantDigits = r.maximumSignificantDigits;
  }
  const compactDisplay = common.getOption(o, 'compactDisplay', 'string', ['short', 'long'], 'short', svc);
  const defaultGrouping = notation === 'compact' ? 'min2' : 'auto';
  let useGrouping = o.useGrouping;
  if (useGrouping === undefined) useGrouping = defaultGrouping;
  else if (useGrouping === true) useGrouping = 'always';
  else if (useGrouping === false || useGrouping === null || useGrouping === 0 || useGrouping === '') useGrouping = false;
  else {
    useGrouping = String(useGrouping);
    if (useGrouping === 'true' || useGrouping === 'false') useGrouping = defaultGrouping;
    else if (!['min2', 'auto', 'always'].includes(useGrouping)) {
      throw new RangeError(`Value ${useGrouping} out of range for Intl.NumberFormat options property useGrouping`);
    }
  }
  r.useGrouping = useGrouping;
  r.notation = notation;
  if (notation === 'compact') r.compactDisplay = compactDisplay;
  r.signDisplay = common.getOption(o, 'signDisplay', 'string', ['auto', 'never', 'always', 'exceptZero', 'negative'], 'auto', svc);
  r.roundingMode = roundingMode;
  r.roundingIncrement = roundingIncrement;
  r.trailingZeroDisplay = trailingZeroDisplay;
  r.roundingPriority = r.roundingPriorityResolved || roundingPriority;
  delete r.roundingPriorityResolved;
  g.compactDisplay = compactDisplay;
  g.roundingMode = roundingMode;
  g.trailingZeroDisplay = trailingZeroDisplay;
  g.signDisplay = r.signDisplay;
  g.useGrouping = useGrouping === false ? 'false' : useGrouping;
  void keys;
  slots.set(self, { resolved: r, fmt: native.numberFormatter(locale.split('-u-')[0], g), bound: undefined });
  return self;
}

function toIntlMathematicalValue(x) {
  if (typeof x === 'bigint') return String(x);
  if (typeof x === 'string') {
    const t = x.trim();
    if (/^-?\d+$/.test(t) && t.replace('-', '').length > 15) return t.replace(/^(-?)0+(?=\d)/, '$1');
    return Number(t);
  }
  return Number(x);
}

function partsOf(s, x) {
  const flat = s.fmt(toIntlMathematicalValue(x));
  const out = [];
  for (let i = 0; i < flat.length; i += 2) out.push({ type: flat[i], value: flat[i + 1] });
  return out;
}

function formatString(s, x) {
  const flat = s.fmt(toIntlMathematicalValue(x));
  let out = '';
  for (let i = 1; i < flat.length; i += 2) out += flat[i];
  return out;
}

common.defineClass(NumberFormat, 'Intl.NumberFormat', {
  formatToParts: common.method('formatToParts', function formatToParts(value) {
    const s = common.checkReceiver(slots, this, 'Intl.NumberFormat.prototype.formatToParts');
    return partsOf(s, value);
  }),
  formatRange: common.method('formatRange', function formatRange(start, end) {
    const s = common.checkReceiver(slots, this, 'Intl.NumberFormat.prototype.formatRange');
    if (start === undefined || end === undefined) throw new TypeError('start or end is undefined');
    const a = formatString(s, start);
    const b = formatString(s, end);
    return a === b ? '~' + a : a + '–' + b;
  }),
  resolvedOptions: common.method('resolvedOptions', function resolvedOptions() {
    const s = common.checkReceiver(slots, this, 'Intl.NumberFormat.prototype.resolvedOptions');
    return Object.assign({}, s.resolved);
  }),
}, {
  format: common.method('get format', function format() {
    const s = common.checkReceiver(slots, this, 'get Intl.NumberFormat.prototype.format');
    if (s.bound === undefined) {
      s.bound = common.method('', (value) => formatString(s, value), 1);
    }
    return s.bound;
  }),
});

let defaultFormat;
function toLocaleStringNumber(locales, options) {
  let x = this;
  if (typeof x !== 'number') {
    if (x instanceof Number) x = Number.prototype.valueOf.call(x);
    else throw new TypeError('Number.prototype.toLocaleString requires that \'this\' be a Number');
  }
  if (locales === undefined && options === undefined) {
    if (defaultFormat === undefined) defaultFormat = slots.get(new NumberFormat());
    return formatString(defaultFormat, x);
  }
  return formatString(slots.get(new NumberFormat(locales, options)), x);
}

function toLocaleStringBigInt(locales, options) {
  let x = this;
  if (typeof x !== 'bigint') {
    if (typeof x === 'object' && x !== null) x = BigInt.prototype.valueOf.call(x);
    else throw new TypeError('BigInt.prototype.toLocaleString requires that \'this\' be a BigInt');
  }
  return formatString(slots.get(new NumberFormat(locales, options)), x);
}

module.exports = {
  NumberFormat,
  units: sanctionedUnits,
  toLocaleStringNumber: common.method('toLocaleString', toLocaleStringNumber, 0),
  toLocaleStringBigInt: common.method('toLocaleString', toLocaleStringBigInt, 0),
  formatDecimal(locale, options, x) { return formatString(slots.get(new NumberFormat(locale, options)), x); },
};
