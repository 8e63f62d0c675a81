'use strict';
// Helpers the Intl constructors share: locale lists, option reading and
// receiver checks, worded as V8's errors are.
const native = internalBinding('intl');

let defaultLocale;
function getDefaultLocale() {
  if (defaultLocale === undefined) defaultLocale = native.defaultLocale();
  return defaultLocale;
}

// canonicalizeLocaleList is ECMA-402's CanonicalizeLocaleList.
function canonicalizeLocaleList(locales) {
  if (locales === undefined) return [];
  const seen = [];
  let list;
  if (typeof locales === 'string' || isLocaleObject(locales)) {
    list = [locales];
  } else {
    if (locales === null) throw new TypeError('Cannot convert undefined or null to object');
    list = Object(locales);
  }
  const len = Math.min(Math.max(Math.trunc(Number(list.length)) || 0, 0), 2 ** 53 - 1);
  for (let k = 0; k < len; k++) {
    if (!(k in list)) continue;
    const v = list[k];
    if (typeof v !== 'string' && (typeof v !== 'object' || v === null)) {
      throw new TypeError('Language ID should be string or object.');
    }
    const tag = isLocaleObject(v) ? v.toString() : String(v);
    const canon = native.canonicalize(tag);
    if (canon === '') throw new RangeError('Incorrect locale information provided');
    if (canon[0] === '!') throw new RangeError(`Invalid language tag: ${canon.slice(1)}`);
    if (!seen.includes(canon)) seen.push(canon);
  }
  return seen;
}

// localeSlots holds the Intl.Locale objects' state (misc.js makes them);
// it lives here so that reading a locale list does not load that module.
const localeSlots = new WeakMap();

function isLocaleObject(v) {
  return typeof v === 'object' && v !== null && localeSlots.has(v);
}

// extensions returns the -u- keywords of a canonical tag as a map.
function extensions(tag) {
  const out = {};
  const m = /(?:^|-)u((?:-[a-z0-9]{2,8})+)/.exec(tag);
  if (!m) return out;
  const parts = m[1].slice(1).split('-');
  let key = null;
  for (const p of parts) {
    if (p.length === 2) { key = p; out[key] = ''; } else if (key !== null) {
      out[key] = out[key] ? out[key] + '-' + p : p;
    }
  }
  return out;
}

// resolveLocale picks the first requested locale the data has (trimmed to
// what it has), or the default locale; relevant lists the -u- keys the
// caller honours, with the values it allows (null: any).
function resolveLocale(requested, relevant) {
  let found = '';
  let ext = {};
  for (const tag of requested) {
    const l = native.lookup(tag);
    if (l !== '') { found = l; ext = extensions(tag); break; }
  }
  if (found === '') found = getDefaultLocale();
  const keys = {};
  let suffix = '';
  for (const k of Object.keys(relevant || {})) {
    if (!(k in ext)) continue;
    const allowed = relevant[k];
    let v = ext[k];
    if (v === '' && (k === 'kn' || k === 'kf')) v = 'true';
    if (allowed && !allowed.includes(v)) continue;
    keys[k] = v;
    suffix += '-' + k + (v === 'true' ? '' : '-' + v);
  }
  return { locale: found + (suffix ? '-u' + suffix : ''), base: found, keys };
}

function language(locale) {
  return locale.split('-')[0];
}

function region(locale) {
  for (const p of locale.split('-').slice(1)) {
    if (p.length === 1) break;
    if (p.length === 2 || (p.length === 3 && /^\d+$/.test(p))) return p;
  }
  return '';
}

// supportedLocalesOf is the static method of every Intl constructor.
function supportedLocalesOf(locales, options) {
  const list = canonicalizeLocaleList(locales);
  if (options !== undefined) {
    const o = toObject(options);
    getOption(o, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', 'Intl.supportedLocalesOf');
  }
  return list.filter((t) => native.lookup(t) !== '');
}

function toObject(v) {
  if (v === null || v === undefined) throw new TypeError('Cannot convert undefined or null to object');
  return Object(v);
}

// coerceOptions is the options step most constructors share: undefined is
// an empty object, anything else goes through ToObject.
function coerceOptions(options, ctor) {
  if (options === undefined) return Object.create(null);
  if (options === null) throw new TypeError(ctor + ' called on null or undefined');
  return Object(options);
}

// getOptionsObject is the stricter step of newer constructors (Segmenter,
// ListFormat, DisplayNames, RelativeTimeFormat): options must be an object.
function getOptionsObject(options) {
  if (options === undefined) return Object.create(null);
  if (typeof options === 'object' && options !== null) return options;
  if (typeof options === 'function') return options;
  throw new TypeError('invalid_argument');
}

function getOption(o, prop, type, values, fallback, service) {
  let v = o[prop];
  if (v === undefined) return fallback;
  if (type === 'boolean') v = Boolean(v);
  else v = String(v);
  if (values !== undefined && !values.includes(v)) {
    throw new RangeError(`Value ${v} out of range for ${service} options property ${prop}`);
  }
  return v;
}

function getNumberOption(o, prop, min, max, fallback) {
  let v = o[prop];
  if (v === undefined) return fallback;
  v = Number(v);
  if (Number.isNaN(v) || v < min || v > max) throw new RangeError(`${prop} value is out of range.`);
  return Math.floor(v);
}

// checkReceiver throws V8's incompatible-receiver TypeError unless slots
// has obj.
function checkReceiver(slots, obj, method) {
  if ((typeof obj !== 'object' && typeof obj !== 'function') || obj === null || !slots.has(obj)) {
    throw new TypeError(`Method ${method} called on incompatible receiver ${describe(obj)}`);
  }
  return slots.get(obj);
}

function describe(v) {
  if (typeof v === 'string') return v;
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (typeof v === 'object' || typeof v === 'function') {
    if (typeof v === 'function') return '#<Function>';
    const p = Object.getPrototypeOf(v);
    const name = p && p.constructor && p.constructor.name;
    return `#<${name || 'Object'}>`;
  }
  return String(v);
}

// defineClass gives a constructor and its prototype the property
// attributes built-in classes have.
function defineClass(ctor, tag, methods, getters) {
  const proto = ctor.prototype;
  Object.defineProperty(ctor, 'length', { value: tag === 'Intl.Locale' ? 1 : 0 });
  for (const name of Object.keys(methods || {})) {
    Object.defineProperty(proto, name, { value: methods[name], writable: true, enumerable: false, configurable: true });
  }
  for (const name of Object.keys(getters || {})) {
    Object.defineProperty(proto, name, { get: getters[name], enumerable: false, configurable: true });
  }
  Object.defineProperty(proto, Symbol.toStringTag, { value: tag, writable: false, enumerable: false, configurable: true });
  Object.defineProperty(ctor, 'prototype', { writable: false, enumerable: false, configurable: false });
  Object.defineProperty(ctor, 'supportedLocalesOf', {
    value: function supportedLocalesOf(locales, options) { return module.exports.supportedLocalesOf(locales, options); },
    writable: true, enumerable: false, configurable: true,
  });
}

// method names a function for its stack and inspection.
function method(name, fn, length) {
  Object.defineProperty(fn, 'name', { value: name });
  if (length !== undefined) Object.defineProperty(fn, 'length', { value: length });
  return fn;
}

module.exports = {
  native, localeSlots, getDefaultLocale, canonicalizeLocaleList, resolveLocale, supportedLocalesOf, extensions,
  toObject, coerceOptions, getOptionsObject, getOption, getNumberOption, checkReceiver, defineClass,
  method, language, region, describe,
};
