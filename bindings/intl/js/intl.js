'use strict';
// The Intl global: its constructors and functions, and (in methods) the
// locale-sensitive built-ins the runtime puts on Number, BigInt, Date,
// String and Array prototypes in place of the engine's.
const common = require('internal/intl/common');
const { Segmenter } = require('internal/intl/segmenter');
const { ListFormat } = require('internal/intl/listformat');
const numberformat = require('internal/intl/numberformat');
const datetimeformat = require('internal/intl/datetimeformat');
const misc = require('internal/intl/misc');

const Intl = {};
const supportedValues = {
  calendar: ['gregory'],
  collation: ['default'],
  currency: null,
  numberingSystem: ['latn'],
  timeZone: null,
  unit: null,
};

function define(name, value) {
  Object.defineProperty(Intl, name, { value, writable: true, enumerable: false, configurable: true });
}

define('getCanonicalLocales', common.method('getCanonicalLocales', function getCanonicalLocales(locales) {
  return common.canonicalizeLocaleList(locales);
}, 1));
define('supportedValuesOf', common.method('supportedValuesOf', function supportedValuesOf(key) {
  const k = String(key);
  if (!Object.prototype.hasOwnProperty.call(supportedValues, k)) throw new RangeError(`Invalid key : ${k}`);
  if (k === 'unit') return numberformat.units.slice();
  if (k === 'timeZone') return datetimeformat.timeZones();
  if (k === 'currency') return datetimeformat.currencies();
  return supportedValues[k].slice();
}, 1));
define('DateTimeFormat', datetimeformat.DateTimeFormat);
define('NumberFormat', numberformat.NumberFormat);
define('Collator', misc.Collator);
define('PluralRules', misc.PluralRules);
define('RelativeTimeFormat', misc.RelativeTimeFormat);
define('ListFormat', ListFormat);
define('Locale', misc.Locale);
define('Segmenter', Segmenter);
Object.defineProperty(Intl, Symbol.toStringTag, { value: 'Intl', writable: false, enumerable: false, configurable: true });

// arrayToLocaleString passes locales and options on to each element, as
// ECMA-402 specifies.
function arrayToLocaleString(locales, options) {
  const a = Object(this);
  const len = Math.min(Math.max(Math.trunc(Number(a.length)) || 0, 0), 2 ** 53 - 1);
  let out = '';
  for (let i = 0; i < len; i++) {
    if (i > 0) out += ',';
    const v = a[i];
    if (v !== undefined && v !== null) {
      const o = Object(v);
      const f = o.toLocaleString;
      if (typeof f !== 'function') throw new TypeError(`${typeof f} is not a function`);
      out += String(f.call(v, locales, options));
    }
  }
  return out;
}

module.exports = {
  Intl,
  methods: {
    'Number.toLocaleString': numberformat.toLocaleStringNumber,
    'BigInt.toLocaleString': numberformat.toLocaleStringBigInt,
    'Date.toLocaleString': datetimeformat.toLocaleString,
    'Date.toLocaleDateString': datetimeformat.toLocaleDateString,
    'Date.toLocaleTimeString': datetimeformat.toLocaleTimeString,
    'String.localeCompare': misc.localeCompare,
    'Array.toLocaleString': common.method('toLocaleString', arrayToLocaleString, 0),
  },
};
