'use strict';
// Intl.PluralRules, Intl.Collator, Intl.RelativeTimeFormat and Intl.Locale,
// and String.prototype.localeCompare.
const common = require('internal/intl/common');
const { native } = common;

// ---- Intl.Locale ----
const { localeSlots } = common;

function isLocale(v) {
  return typeof v === 'object' && v !== null && localeSlots.has(v);
}

function Locale(tag, options) {
  if (new.target === undefined) throw new TypeError("Constructor Intl.Locale requires 'new'");
  if (typeof tag !== 'string' && (typeof tag !== 'object' || tag === null)) {
    throw new TypeError('First argument to Intl.Locale constructor can\'t be empty or missing');
  }
  let t = isLocale(tag) ? localeSlots.get(tag).tag : String(tag);
  t = native.canonicalize(t);
  if (t === '' || t[0] === '!') throw new RangeError('Incorrect locale information provided');
  const o = common.getOptionsObject(options);
  const parts = t.split('-');
  let i = 1;
  const l = { language: parts[0], script: undefined, region: undefined, rest: [] };
  if (parts[i] && parts[i].length === 4) l.script = parts[i++];
  if (parts[i] && (parts[i].length === 2 || /^\d{3}$/.test(parts[i]))) l.region = parts[i++];
  l.rest = parts.slice(i);
  for (const k of ['language', 'script', 'region']) {
    if (o[k] !== undefined) l[k] = k === 'region' ? String(o[k]).toUpperCase() : k === 'script' ? String(o[k])[0].toUpperCase() + String(o[k]).slice(1).toLowerCase() : String(o[k]).toLowerCase();
  }
  const ext = common.extensions(t);
  const kw = { calendar: 'ca', collation: 'co', hourCycle: 'hc', caseFirst: 'kf', numeric: 'kn', numberingSystem: 'nu' };
  const vals = {};
  for (const k of Object.keys(kw)) {
    if (ext[kw[k]] !== undefined) vals[k] = ext[kw[k]] === '' && k === 'numeric' ? 'true' : ext[kw[k]];
    if (o[k] !== undefined) vals[k] = String(o[k]);
  }
  const variants = [];
  let j = 0;
  while (j < l.rest.length && l.rest[j].length > 1) variants.push(l.rest[j++]);
  const base = [l.language, l.script, l.region, ...variants].filter(Boolean).join('-');
  let u = '';
  for (const k of Object.keys(kw).map((k) => [kw[k], k]).sort()) {
    if (vals[k[1]] !== undefined) u += '-' + k[0] + (vals[k[1]] === 'true' ? '' : '-' + vals[k[1]]);
  }
  const self = Object.create(new.target.prototype);
  localeSlots.set(self, { tag: base + (u ? '-u' + u : ''), base, l, vals });
  return self;
}

function localeGetter(name, fn) {
  return common.method('get ' + name, function () {
    return fn(common.checkReceiver(localeSlots, this, 'get Intl.Locale.prototype.' + name));
  });
}

common.defineClass(Locale, 'Intl.Locale', {
  toString: common.method('toString', function toString() {
    return common.checkReceiver(localeSlots, this, 'Intl.Locale.prototype.toString').tag;
  }),
  toJSON: common.method('toJSON', function toJSON() {
    return common.checkReceiver(localeSlots, this, 'Intl.Locale.prototype.toJSON').tag;
  }),
}, {
  baseName: localeGetter('baseName', (s) => s.base),
  language: localeGetter('language', (s) => s.l.language),
  script: localeGetter('script', (s) => s.l.script),
  region: localeGetter('region', (s) => s.l.region),
  calendar: localeGetter('calendar', (s) => s.vals.calendar),
  collation: localeGetter('collation', (s) => s.vals.collation),
  hourCycle: localeGetter('hourCycle', (s) => s.vals.hourCycle),
  caseFirst: localeGetter('caseFirst', (s) => s.vals.caseFirst),
  numeric: localeGetter('numeric', (s) => s.vals.numeric === 'true'),
  numberingSystem: localeGetter('numberingSystem', (s) => s.vals.numberingSystem),
});
delete Locale.supportedLocalesOf;

// ---- Intl.PluralRules ----
const pluralSlots = new WeakMap();

function PluralRules(locales, options) {
  if (new.target === undefined) throw new TypeError("Constructor Intl.PluralRules requires 'new'");
  const requested = common.canonicalizeLocaleList(locales);
  const o = common.coerceOptions(options, 'Intl.PluralRules');
  const svc = 'Intl.PluralRules';
  common.getOption(o, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', svc);
  const type = common.getOption(o, 'type', 'string', ['cardinal', 'ordinal'], 'cardinal', svc);
  const { base } = common.resolveLocale(requested);
  const nfOpts = {};
  for (const k of ['minimumIntegerDigits', 'minimumFractionDigits', 'maximumFractionDigits', 'minimumSignificantDigits',
    'maximumSignificantDigits', 'roundingPriority', 'roundingIncrement', 'roundingMode', 'trailingZeroDisplay']) {
    if (o[k] !== undefined) nfOpts[k] = o[k];
  }
  nfOpts.useGrouping = false;
  const nf = new (require('internal/intl/numberformat').NumberFormat)('en', nfOpts);
  const r = nf.resolvedOptions();
  const resolved = { locale: base, type, minimumIntegerDigits: r.minimumIntegerDigits };
  for (const k of ['minimumFractionDigits', 'maximumFractionDigits', 'minimumSignificantDigits', 'maximumSignificantDigits']) {
    if (r[k] !== undefined) resolved[k] = r[k];
  }
  const self = Object.create(new.target.prototype);
  pluralSlots.set(self, { base, type, nf, resolved });
  return self;
}

const categoryOrder = ['few', 'many', 'one', 'two', 'zero', 'other'];
const samples = ['0', '1', '2', '3', '4', '5', '6', '7', '11', '12', '13', '21', '22', '23', '100', '101', '102', '103',
  '1000000', '0.1', '1.5', '2.5', '0.0', '1.0', '10.0'];

common.defineClass(PluralRules, 'Intl.PluralRules', {
  select: common.method('select', function select(n) {
    const s = common.checkReceiver(pluralSlots, this, 'Intl.PluralRules.prototype.select');
    const x = Number(n);
    if (!Number.isFinite(x)) return 'other';
    return native.pluralCategory(s.base, s.type, s.nf.format(x));
  }),
  selectRange: common.method('selectRange', function selectRange(a, b) {
    const s = common.checkReceiver(pluralSlots, this, 'Intl.PluralRules.prototype.selectRange');
    if (a === undefined || b === undefined) throw new TypeError('start or end is undefined');
    return native.pluralCategory(s.base, s.type, s.nf.format(Number(b)));
  }),
  resolvedOptions: common.method('resolvedOptions', function resolvedOptions() {
    const s = common.checkReceiver(pluralSlots, this, 'Intl.PluralRules.prototype.resolvedOptions');
    const seen = new Set(samples.map((x) => native.pluralCategory(s.base, s.type, x)));
    const r = Object.assign({}, s.resolved);
    r.pluralCategories = categoryOrder.filter((c) => seen.has(c));
    return r;
  }),
});

// ---- Intl.Collator ----
const collatorSlots = new WeakMap();

function Collator(locales, options) {
  const self = Object.create(new.target ? new.target.prototype : Collator.prototype);
  const requested = common.canonicalizeLocaleList(locales);
  const o = common.coerceOptions(options, 'Intl.Collator');
  const svc = 'Intl.Collator';
  const usage = common.getOption(o, 'usage', 'string', ['sort', 'search'], 'sort', svc);
  common.getOption(o, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', svc);
  common.getOption(o, 'collation', 'string', undefined, undefined, svc);
  const numericOpt = common.getOption(o, 'numeric', 'boolean', undefined, undefined, svc);
  const caseFirstOpt = common.getOption(o, 'caseFirst', 'string', ['upper', 'lower', 'false'], undefined, svc);
  const { locale, base, keys } = common.resolveLocale(requested, { kn: ['true', 'false'], kf: ['upper', 'lower', 'false'], co: null });
  const sensitivity = common.getOption(o, 'sensitivity', 'string', ['base', 'accent', 'case', 'variant'], 'variant', svc);
  const ignorePunctuation = common.getOption(o, 'ignorePunctuation', 'boolean', undefined, false, svc);
  const numeric = numericOpt !== undefined ? numericOpt : keys.kn === 'true';
  const caseFirst = caseFirstOpt !== undefined ? caseFirstOpt : (keys.kf || (['da', 'mt'].includes(common.language(base)) ? 'upper' : 'false'));
  let resolvedLocale = base;
  if (numericOpt === undefined && keys.kn !== undefined) resolvedLocale += '-u-kn' + (keys.kn === 'true' ? '' : '-false');
  void locale;
  const resolved = { locale: resolvedLocale, usage, sensitivity, ignorePunctuation, collation: 'default', numeric, caseFirst };
  collatorSlots.set(self, { resolved, native: { locale: base, sensitivity, numeric, ignorePunctuation, caseFirst }, bound: undefined });
  return self;
}

common.defineClass(Collator, 'Intl.Collator', {
  resolvedOptions: common.method('resolvedOptions', function resolvedOptions() {
    const s = common.checkReceiver(collatorSlots, this, 'Intl.Collator.prototype.resolvedOptions');
    return Object.assign({}, s.resolved);
  }),
}, {
  compare: common.method('get compare', function compare() {
    const s = common.checkReceiver(collatorSlots, this, 'get Intl.Collator.prototype.compare');
    if (s.bound === undefined) {
      s.bound = common.method('', (a, b) => native.compare(String(a), String(b), s.native), 2);
    }
    return s.bound;
  }),
});

let defaultCollator;
function localeCompare(that, locales, options) {
  if (this === undefined || this === null) {
    throw new TypeError('String.prototype.localeCompare called on null or undefined');
  }
  const a = String(this);
  const b = String(that);
  if (locales === undefined && options === undefined) {
    if (defaultCollator === undefined) defaultCollator = collatorSlots.get(new Collator());
    return native.compare(a, b, defaultCollator.native);
  }
  return native.compare(a, b, collatorSlots.get(new Collator(locales, options)).native);
}

// ---- Intl.RelativeTimeFormat ----
// English relative-time patterns from CLDR (Unicode license), by style.
const relativeEn = {"l":{"second":{"past":["{0} second ago","{0} seconds ago"],"future":["in {0} second","in {0} seconds"],"auto":{"0":"now"}},"minute":{"past":["{0} minute ago","{0} minutes ago"],"future":["in {0} minute","in {0} minutes"],"auto":{"0":"this minute"}},"hour":{"past":["{0} hour ago","{0} hours ago"],"future":["in {0} hour","in {0} hours"],"auto":{"0":"this hour"}},"day":{"past":["{0} day ago","{0} days ago"],"future":["in {0} day","in {0} days"],"auto":{"0":"today","1":"tomorrow","-1":"yesterday"}},"week":{"past":["{0} week ago","{0} weeks ago"],"future":["in {0} week","in {0} weeks"],"auto":{"0":"this week","1":"next week","-1":"last week"}},"month":{"past":["{0} month ago","{0} months ago"],"future":["in {0} month","in {0} months"],"auto":{"0":"this month","1":"next month","-1":"last month"}},"quarter":{"past":["{0} quarter ago","{0} quarters ago"],"future":["in {0} quarter","in {0} quarters"],"auto":{"0":"this quarter","1":"next quarter","-1":"last quarter"}},"year":{"past":["{0} year ago","{0} years ago"],"future":["in {0} year","in {0} years"],"auto":{"0":"this year","1":"next year","-1":"last year"}}},"s":{"second":{"past":["{0} sec. ago","{0} sec. ago"],"future":["in {0} sec.","in {0} sec."],"auto":{"0":"now"}},"minute":{"past":["{0} min. ago","{0} min. ago"],"future":["in {0} min.","in {0} min."],"auto":{"0":"this minute"}},"hour":{"past":["{0} hr. ago","{0} hr. ago"],"future":["in {0} hr.","in {0} hr."],"auto":{"0":"this hour"}},"day":{"past":["{0} day ago","{0} days ago"],"future":["in {0} day","in {0} days"],"auto":{"0":"today","1":"tomorrow","-1":"yesterday"}},"week":{"past":["{0} wk. ago","{0} wk. ago"],"future":["in {0} wk.","in {0} wk."],"auto":{"0":"this wk.","1":"next wk.","-1":"last wk."}},"month":{"past":["{0} mo. ago","{0} mo. ago"],"future":["in {0} mo.","in {0} mo."],"auto":{"0":"this mo.","1":"next mo.","-1":"last mo."}},"quarter":{"past":["{0} qtr. ago","{0} qtrs. ago"],"future":["in {0} qtr.","in {0} qtrs."],"auto":{"0":"this qtr.","1":"next qtr.","-1":"last qtr."}},"year":{"past":["{0} yr. ago","{0} yr. ago"],"future":["in {0} yr.","in {0} yr."],"auto":{"0":"this yr.","1":"next yr.","-1":"last yr."}}},"n":{"second":{"past":["{0}s ago","{0}s ago"],"future":["in {0}s","in {0}s"],"auto":{"0":"now"}},"minute":{"past":["{0}m ago","{0}m ago"],"future":["in {0}m","in {0}m"],"auto":{"0":"this minute"}},"hour":{"past":["{0}h ago","{0}h ago"],"future":["in {0}h","in {0}h"],"auto":{"0":"this hour"}},"day":{"past":["{0}d ago","{0}d ago"],"future":["in {0}d","in {0}d"],"auto":{"0":"today","1":"tomorrow","-1":"yesterday"}},"week":{"past":["{0}w ago","{0}w ago"],"future":["in {0}w","in {0}w"],"auto":{"0":"this wk.","1":"next wk.","-1":"last wk."}},"month":{"past":["{0}mo ago","{0}mo ago"],"future":["in {0}mo","in {0}mo"],"auto":{"0":"this mo.","1":"next mo.","-1":"last mo."}},"quarter":{"past":["{0}q ago","{0}q ago"],"future":["in {0}q","in {0}q"],"auto":{"0":"this qtr.","1":"next qtr.","-1":"last qtr."}},"year":{"past":["{0}y ago","{0}y ago"],"future":["in {0}y","in {0}y"],"auto":{"0":"this yr.","1":"next yr.","-1":"last yr."}}}};
const rtfSlots = new WeakMap();
const rtfUnits = { seconds: 'second', minutes: 'minute', hours: 'hour', days: 'day', weeks: 'week', months: 'month', quarters: 'quarter', years: 'year' };

function RelativeTimeFormat(locales, options) {
  if (new.target === undefined) throw new TypeError("Constructor Intl.RelativeTimeFormat requires 'new'");
  const requested = common.canonicalizeLocaleList(locales);
  const o = common.getOptionsObject(options);
  const svc = 'Intl.RelativeTimeFormat';
  common.getOption(o, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', svc);
  common.getOption(o, 'numberingSystem', 'string', undefined, undefined, svc);
  const { base } = common.resolveLocale(requested);
  const style = common.getOption(o, 'style', 'string', ['long', 'short', 'narrow'], 'long', svc);
  const numeric = common.getOption(o, 'numeric', 'string', ['always', 'auto'], 'always', svc);
  const nf = new (require('internal/intl/numberformat').NumberFormat)(base);
  const self = Object.create(new.target.prototype);
  rtfSlots.set(self, { locale: base, style, numeric, nf, plural: new PluralRules(base) });
  return self;
}

function rtfParts(s, value, unit) {
  const v = Number(value);
  const u0 = String(unit);
  const u = rtfUnits[u0] || u0;
  if (!Object.prototype.hasOwnProperty.call(relativeEn.l, u)) throw new RangeError(`Invalid unit argument for Intl.RelativeTimeFormat.prototype.format() '${u0}'`);
  if (!Number.isFinite(v)) throw new RangeError('Value need to be finite number for Intl.RelativeTimeFormat.prototype.format()');
  const data = relativeEn[s.style[0]][u];
  const neg = v < 0 || Object.is(v, -0);
  if (s.numeric === 'auto') {
    const key = Object.is(v, -0) ? '0' : String(v);
    if (Object.prototype.hasOwnProperty.call(data.auto, key)) return [{ type: 'literal', value: data.auto[key] }];
  }
  const abs = Math.abs(v);
  const cat = s.plural.select(abs);
  const pat = (neg ? data.past : data.future)[cat === 'one' ? 0 : 1];
  const i = pat.indexOf('{0}');
  const out = [];
  if (i > 0) out.push({ type: 'literal', value: pat.slice(0, i) });
  for (const p of s.nf.formatToParts(abs)) out.push({ type: p.type, value: p.value, unit: u });
  if (i + 3 < pat.length) out.push({ type: 'literal', value: pat.slice(i + 3) });
  return out;
}

common.defineClass(RelativeTimeFormat, 'Intl.RelativeTimeFormat', {
  format: common.method('format', function format(value, unit) {
    const s = common.checkReceiver(rtfSlots, this, 'Intl.RelativeTimeFormat.prototype.format');
    return rtfParts(s, value, unit).map((p) => p.value).join('');
  }),
  formatToParts: common.method('formatToParts', function formatToParts(value, unit) {
    const s = common.checkReceiver(rtfSlots, this, 'Intl.RelativeTimeFormat.prototype.formatToParts');
    return rtfParts(s, value, unit);
  }),
  resolvedOptions: common.method('resolvedOptions', function resolvedOptions() {
    const s = common.checkReceiver(rtfSlots, this, 'Intl.RelativeTimeFormat.prototype.resolvedOptions');
    return { locale: s.locale, style: s.style, numeric: s.numeric, numberingSystem: 'latn' };
  }),
});

module.exports = {
  isLocale, Locale, PluralRules, Collator, RelativeTimeFormat,
  localeCompare: common.method('localeCompare', localeCompare, 1),
};
