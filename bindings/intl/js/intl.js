'use strict';
// The Intl global: its constructors and functions, and (in methods) the
// locale-sensitive built-ins the runtime puts on Number, BigInt, Date,
// String and Array prototypes in place of the engine's.
const common = require('internal/intl/common');

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

// defineLazy defines a constructor whose module loads on first access
// (the getter then gives way to a plain data property), so a script that
// uses one of them does not compile the others.
function defineLazy(name, module) {
  Object.defineProperty(Intl, name, {
    get() {
      const v = require(module)[name];
      define(name, v);
      return v;
    },
    set(v) { define(name, v); },
    enumerable: false,
    configurable: true,
  });
}

define('getCanonicalLocales', common.method('getCanonicalLocales', function getCanonicalLocales(locales) {
  return common.canonicalizeLocaleList(locales);
}, 1));
define('supportedValuesOf', common.method('supportedValuesOf', function supportedValuesOf(key) {
  const k = String(key);
  if (!Object.prototype.hasOwnProperty.call(supportedValues, k)) throw new RangeError(`Invalid key : ${k}`);
  if (k === 'unit') return require('internal/intl/numberformat').units.slice();
  if (k === 'timeZone') return common.native.timeZones();
  if (k === 'currency') return common.native.currencies();
  return supportedValues[k].slice();
}, 1));
defineLazy('DateTimeFormat', 'internal/intl/datetimeformat');
defineLazy('NumberFormat', 'internal/intl/numberformat');
defineLazy('Collator', 'internal/intl/misc');
defineLazy('PluralRules', 'internal/intl/misc');
defineLazy('RelativeTimeFormat', 'internal/intl/misc');
defineLazy('ListFormat', 'internal/intl/listformat');
defineLazy('Locale', 'internal/intl/misc');
defineLazy('Segmenter', 'internal/intl/segmenter');
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

// methods are read by name when a prototype's stand-in is first called;
// each getter loads only the module it needs.
const methods = {};
for (const [key, module, name] of [
  ['Number.toLocaleString', 'internal/intl/numberformat', 'toLocaleStringNumber'],
  ['BigInt.toLocaleString', 'internal/intl/numberformat', 'toLocaleStringBigInt'],
  ['Date.toLocaleString', 'internal/intl/datetimeformat', 'toLocaleString'],
  ['Date.toLocaleDateString', 'internal/intl/datetimeformat', 'toLocaleDateString'],
  ['Date.toLocaleTimeString', 'internal/intl/datetimeformat', 'toLocaleTimeString'],
  ['String.localeCompare', 'internal/intl/misc', 'localeCompare'],
]) {
  Object.defineProperty(methods, key, { get: () => require(module)[name], enumerable: true });
}
methods['Array.toLocaleString'] = common.method('toLocaleString', arrayToLocaleString, 0);

module.exports = { Intl, methods };
