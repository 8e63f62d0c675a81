'use strict';
// Intl.DateTimeFormat and Date's toLocaleString, toLocaleDateString and
// toLocaleTimeString. Patterns and names are CLDR's, per locale, from the
// Go side's tables; the time zone arithmetic is Go's time package.
const common = require('internal/intl/common');
const { native } = common;

const slots = new WeakMap();
const dataCache = new Map();

function localeData(locale) {
  let d = dataCache.get(locale);
  if (d === undefined) {
    const json = native.datePatterns(locale) || native.datePatterns('en-US');
    d = JSON.parse(json);
    dataCache.set(locale, d);
  }
  return d;
}

const dateFields = ['weekday', 'era', 'year', 'month', 'day', 'dayPeriod', 'hour', 'minute', 'second', 'fractionalSecondDigits', 'timeZoneName'];

let defaultTZ;
function defaultTimeZone() {
  if (defaultTZ === undefined) defaultTZ = native.defaultTimeZone();
  return defaultTZ;
}

function DateTimeFormat(locales, options, required = 'any', defaults = 'date') {
  const self = Object.create(new.target ? new.target.prototype : DateTimeFormat.prototype);
  const requested = common.canonicalizeLocaleList(locales);
  const o = common.coerceOptions(options, 'Intl.DateTimeFormat');
  const svc = 'Intl.DateTimeFormat';
  common.getOption(o, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', svc);
  const calendar = common.getOption(o, 'calendar', 'string', undefined, undefined, svc);
  if (calendar !== undefined && !/^[a-z0-9]{3,8}(-[a-z0-9]{3,8})*$/i.test(calendar)) throw new RangeError(`Invalid calendar : ${calendar}`);
  const nu = common.getOption(o, 'numberingSystem', 'string', undefined, undefined, svc);
  if (nu !== undefined && !/^[a-z0-9]{3,8}(-[a-z0-9]{3,8})*$/i.test(nu)) throw new RangeError(`Invalid numberingSystem : ${nu}`);
  const hour12 = common.getOption(o, 'hour12', 'boolean', undefined, undefined, svc);
  let hourCycle = common.getOption(o, 'hourCycle', 'string', ['h11', 'h12', 'h23', 'h24'], undefined, svc);
  if (hour12 !== undefined) hourCycle = undefined;
  const { base } = common.resolveLocale(requested);
  let tz = o.timeZone;
  if (tz === undefined) tz = defaultTimeZone();
  else {
    tz = String(tz);
    const c = native.canonicalTimeZone(tz);
    if (c === '') throw new RangeError(`Invalid time zone specified: ${tz}`);
    tz = c;
  }
  const f = {};
  f.weekday = common.getOption(o, 'weekday', 'string', ['narrow', 'short', 'long'], undefined, svc);
  f.era = common.getOption(o, 'era', 'string', ['narrow', 'short', 'long'], undefined, svc);
  f.year = common.getOption(o, 'year', 'string', ['2-digit', 'numeric'], undefined, svc);
  f.month = common.getOption(o, 'month', 'string', ['2-digit', 'numeric', 'narrow', 'short', 'long'], undefined, svc);
  f.day = common.getOption(o, 'day', 'string', ['2-digit', 'numeric'], undefined, svc);
  f.dayPeriod = common.getOption(o, 'dayPeriod', 'string', ['narrow', 'short', 'long'], undefined, svc);
  f.hour = common.getOption(o, 'hour', 'string', ['2-digit', 'numeric'], undefined, svc);
  f.minute = common.getOption(o, 'minute', 'string', ['2-digit', 'numeric'], undefined, svc);
  f.second = common.getOption(o, 'second', 'string', ['2-digit', 'numeric'], undefined, svc);
  f.fractionalSecondDigits = common.getNumberOption(o, 'fractionalSecondDigits', 1, 3, undefined);
  f.timeZoneName = common.getOption(o, 'timeZoneName', 'string', ['short', 'long', 'shortOffset', 'longOffset', 'shortGeneric', 'longGeneric'], undefined, svc);
  common.getOption(o, 'formatMatcher', 'string', ['basic', 'best fit'], 'best fit', svc);
  const dateStyle = common.getOption(o, 'dateStyle', 'string', ['full', 'long', 'medium', 'short'], undefined, svc);
  const timeStyle = common.getOption(o, 'timeStyle', 'string', ['full', 'long', 'medium', 'short'], undefined, svc);
  const data = localeData(base);
  const st = { locale: base, timeZone: tz, data, fields: f, dateStyle, timeStyle, bound: undefined };
  if (dateStyle !== undefined || timeStyle !== undefined) {
    for (const k of dateFields) {
      if (f[k] !== undefined) throw new TypeError(`Can't set option ${k} when ${dateStyle !== undefined ? 'dateStyle' : 'timeStyle'} is used`);
    }
    if (required === 'date' && dateStyle === undefined) throw new TypeError("Invalid option : timeStyle");
    if (required === 'time' && timeStyle === undefined) throw new TypeError("Invalid option : dateStyle");
    st.pattern = data.style[(dateStyle || '') + '|' + (timeStyle || '') + '|' + (hour12 === undefined ? hcKey(hourCycle) : hour12)];
  } else {
    let needDefaults = true;
    if (required === 'date' || required === 'any') {
      for (const k of ['weekday', 'year', 'month', 'day']) if (f[k] !== undefined) needDefaults = false;
    }
    if (required === 'time' || required === 'any') {
      for (const k of ['dayPeriod', 'hour', 'minute', 'second', 'fractionalSecondDigits']) if (f[k] !== undefined) needDefaults = false;
    }
    if (needDefaults && (defaults === 'date' || defaults === 'all')) f.year = f.month = f.day = 'numeric';
    if (needDefaults && (defaults === 'time' || defaults === 'all')) f.hour = f.minute = f.second = 'numeric';
    st.pattern = buildPattern(data, f, hour12 === undefined ? hcKey(hourCycle) : hour12);
  }
  st.hourCycle = resolveHourCycle(data, hour12, hourCycle);
  slots.set(self, st);
  return self;
}

function hcKey(hc) {
  if (hc === 'h11' || hc === 'h12') return true;
  if (hc === 'h23' || hc === 'h24') return false;
  return '';
}

function resolveHourCycle(data, hour12, hourCycle) {
  if (hour12 === true) return data.hc === 'h11' ? 'h11' : 'h12';
  if (hour12 === false) return 'h23';
  return hourCycle || data.hc;
}

function buildPattern(data, f, h12) {
  let date = '';
  let joiner = ', ';
  if (f.weekday || f.year || f.month || f.day) {
    const e = data.date[[f.weekday, f.year, f.month, f.day].map((x) => x || '').join('|')];
    if (e) {
      date = e[0];
      joiner = e[1];
    }
  }
  if (f.era) {
    const e = data.era && data.era[[f.era, f.year, f.month, f.day].map((x) => x || '').join('|')];
    const before = data.era && /^\{G\}/.test(data.era[f.era + '|numeric||'] || '');
    if (e && !f.weekday) date = e;
    else if (before) date = '{G}' + date;
    else if (date) date += ' {G}';
    else date = '{G}';
  }
  let time = '';
  if (f.hour || f.minute || f.second || f.timeZoneName) {
    let key = [f.hour, f.minute, f.second, h12, f.timeZoneName ? (/^long/.test(f.timeZoneName) ? 'long' : 'short') : ''];
    if (!f.hour && !f.minute && !f.second) key = ['', '', '', h12, ''];
    const p = data.time[key.map((x) => (x === undefined ? '' : String(x))).join('|')];
    if (p) time = p;
    if (!f.hour && !f.minute && !f.second && f.timeZoneName) {
      time = '';
      date = date + ' {z}';
    }
  }
  if (f.fractionalSecondDigits !== undefined) {
    if (time.includes('{ss}')) time = time.replace('{ss}', '{ss}.{S}');
    else if (time.includes('{s}')) time = time.replace('{s}', '{s}.{S}');
    else if (time === '' && date === '') time = '{S}';
  }
  if (joiner.startsWith('!')) joiner = ', ';
  if (date && time) return date + joiner + time;
  return date || time;
}

// joinParts is format's string: V8 writes U+202F (CLDR's space before the
// day period) as a plain space there, but not in formatToParts.
function joinParts(parts) {
  let out = '';
  for (const p of parts) out += p.value;
  return out.replace(/\u202f/g, ' ');
}

const utcLong = { en: 'Coordinated Universal Time', de: 'Koordinierte Weltzeit', fr: 'temps universel coordonné', ja: '協定世界時' };

function pad2(n) {
  return n < 10 ? '0' + n : String(n);
}

// English long names of the zones' abbreviations in Go's time zone
// data (CLDR metazone names, Unicode license); a few abbreviations mean
// different zones by area.
const longNamesEn = {
  EST: 'Eastern Standard Time', EDT: 'Eastern Daylight Time', CST: 'Central Standard Time', CDT: 'Central Daylight Time',
  MST: 'Mountain Standard Time', MDT: 'Mountain Daylight Time', PST: 'Pacific Standard Time', PDT: 'Pacific Daylight Time',
  AKST: 'Alaska Standard Time', AKDT: 'Alaska Daylight Time', HST: 'Hawaii-Aleutian Standard Time',
  GMT: 'Greenwich Mean Time', BST: 'British Summer Time', CET: 'Central European Standard Time', CEST: 'Central European Summer Time',
  EET: 'Eastern European Standard Time', EEST: 'Eastern European Summer Time', WET: 'Western European Standard Time',
  WEST: 'Western European Summer Time', JST: 'Japan Standard Time', KST: 'Korean Standard Time',
  AEST: 'Australian Eastern Standard Time', AEDT: 'Australian Eastern Daylight Time', ACST: 'Australian Central Standard Time',
  ACDT: 'Australian Central Daylight Time', AWST: 'Australian Western Standard Time', NZST: 'New Zealand Standard Time',
  NZDT: 'New Zealand Daylight Time', HKT: 'Hong Kong Standard Time', SAST: 'South Africa Standard Time',
};
const longNamesByZone = { 'Asia/Shanghai': 'China Standard Time', 'Asia/Calcutta': 'India Standard Time', 'Asia/Jerusalem': null };
// Short names CLDR gives a locale for some zones' abbreviations.
const shortNames = {
  'en-US': (tz, abbr) => (/^America\//.test(tz) || tz === 'Pacific/Honolulu') && /^[A-Z]{3,4}$/.test(abbr) && abbr !== 'GMT' ? abbr : undefined,
  'en-GB': (tz, abbr) => /^Europe\//.test(tz) && /^(CET|CEST|EET|EEST|WET|WEST|BST)$/.test(abbr) ? abbr : undefined,
  de: (tz, abbr) => ({ CET: 'MEZ', CEST: 'MESZ', EET: 'OEZ', EEST: 'OESZ', WET: 'WEZ', WEST: 'WESZ' })[abbr],
  ja: (tz, abbr) => (abbr === 'JST' ? abbr : undefined),
};

function offsetName(locale, off, long) {
  const fr = common.language(locale) === 'fr';
  const prefix = fr ? 'UTC' : 'GMT';
  const a = Math.abs(off);
  const sign = off < 0 ? (fr ? '\u2212' : '-') : '+';
  if (long) return `${prefix}${sign}${pad2(Math.floor(a / 60))}:${pad2(a % 60)}`;
  return `${prefix}${sign}${Math.floor(a / 60)}${a % 60 ? ':' + pad2(a % 60) : ''}`;
}

// zoneName is the timeZoneName field for style (short, long, shortOffset,
// longOffset; the generic styles are written as the offset ones).
function zoneName(st, fields, style) {
  const off = fields[8];
  const abbr = fields[9];
  const tz = st.timeZone;
  const lang = common.language(st.locale);
  const long = style === 'long' || style === 'longOffset' || style === 'longGeneric';
  if (style === 'short' || style === 'long') {
    if (tz === 'UTC') return long ? (utcLong[lang] || utcLong.en) : 'UTC';
    if (long) {
      if (lang === 'en') {
        const n = Object.prototype.hasOwnProperty.call(longNamesByZone, tz) ? longNamesByZone[tz] : longNamesEn[abbr];
        if (n) return n;
      }
      return offsetName(st.locale, off, true);
    }
    const region = common.region(st.locale);
    const f = shortNames[lang + '-' + (lang === 'en' && region !== 'GB' ? 'US' : region)] || shortNames[lang];
    const n = f && f(tz, abbr);
    if (n) return n;
    if (off === 0 && lang === 'en' && abbr === 'GMT') return 'GMT';
  }
  return offsetName(st.locale, off, long);
}

function toParts(st, x) {
  const fields = native.dateFields(x, st.timeZone);
  const [year, month, day, weekday, hour, minute, second, ms] = fields;
  const n = st.data.names;
  const out = [];
  const re = /\{([^}]*)\}/g;
  let last = 0;
  let m;
  const p = st.pattern;
  const lit = (s) => { if (s) out.push({ type: 'literal', value: s }); };
  while ((m = re.exec(p)) !== null) {
    lit(p.slice(last, m.index));
    last = re.lastIndex;
    const t = m[1];
    let type;
    let value;
    switch (t) {
      case 'y': type = 'year'; value = String(year > 0 ? year : 1 - year); break;
      case 'yy': type = 'year'; value = pad2((year > 0 ? year : 1 - year) % 100); break;
      case 'G': type = 'era'; value = n.era[st.fields.era || 'short'][year > 0 ? 1 : 0]; break;
      case 'M': type = 'month'; value = String(month); break;
      case 'MM': type = 'month'; value = pad2(month); break;
      case 'MMMM': type = 'month'; value = n.monthflong[month - 1]; break;
      case 'MMM': type = 'month'; value = n.monthfshort[month - 1]; break;
      case 'MMMMM': type = 'month'; value = n.monthfnarrow[month - 1]; break;
      case 'MMMMs': type = 'month'; value = n.monthlong[month - 1]; break;
      case 'MMMs': type = 'month'; value = n.monthshort[month - 1]; break;
      case 'MMMMMs': type = 'month'; value = n.monthnarrow[month - 1]; break;
      case 'd': type = 'day'; value = String(day); break;
      case 'dd': type = 'day'; value = pad2(day); break;
      case 'EEEE': type = 'weekday'; value = n.weekdayflong[weekday]; break;
      case 'EEE': type = 'weekday'; value = n.weekdayfshort[weekday]; break;
      case 'EEEEE': type = 'weekday'; value = n.weekdayfnarrow[weekday]; break;
      case 'EEEEs': type = 'weekday'; value = n.weekdaylong[weekday]; break;
      case 'EEEs': type = 'weekday'; value = n.weekdayshort[weekday]; break;
      case 'EEEEEs': type = 'weekday'; value = n.weekdaynarrow[weekday]; break;
      case 'h': type = 'hour'; value = String(hour % 12 || 12); break;
      case 'hh': type = 'hour'; value = pad2(hour % 12 || 12); break;
      case 'K': type = 'hour'; value = String(hour % 12); break;
      case 'KK': type = 'hour'; value = pad2(hour % 12); break;
      case 'H': type = 'hour'; value = String(hour); break;
      case 'HH': type = 'hour'; value = pad2(hour); break;
      case 'k': type = 'hour'; value = String(hour || 24); break;
      case 'kk': type = 'hour'; value = pad2(hour || 24); break;
      case 'm': type = 'minute'; value = String(minute); break;
      case 'mm': type = 'minute'; value = pad2(minute); break;
      case 's': type = 'second'; value = String(second); break;
      case 'ss': type = 'second'; value = pad2(second); break;
      case 'S': type = 'fractionalSecond'; value = String(ms).padStart(3, '0').slice(0, st.fields.fractionalSecondDigits || 3); break;
      case 'a': type = 'dayPeriod'; value = n.dayPeriod[hour < 12 ? 0 : 1]; break;
      case 'z': type = 'timeZoneName'; value = zoneName(st, fields, st.timeStyle === 'full' ? 'long' : st.timeStyle === 'long' ? 'short' : st.fields.timeZoneName); break;
      default: type = 'literal'; value = m[0];
    }
    out.push({ type, value });
  }
  lit(p.slice(last));
  return out;
}

function timeValue(date) {
  let x = date === undefined ? Date.now() : Number(date instanceof Date ? date.getTime() : date);
  if (!Number.isFinite(x) || Math.abs(x) > 8.64e15) throw new RangeError('Invalid time value');
  x = Math.trunc(x) + 0;
  return x;
}

function widthOf(pattern, tokens) {
  for (const [tok, w] of tokens) if (pattern.includes('{' + tok + '}')) return w;
  return undefined;
}

common.defineClass(DateTimeFormat, 'Intl.DateTimeFormat', {
  formatToParts: common.method('formatToParts', function formatToParts(date) {
    const s = common.checkReceiver(slots, this, 'Intl.DateTimeFormat.prototype.formatToParts');
    return toParts(s, timeValue(date));
  }),
  resolvedOptions: common.method('resolvedOptions', function resolvedOptions() {
    const s = common.checkReceiver(slots, this, 'Intl.DateTimeFormat.prototype.resolvedOptions');
    const p = s.pattern;
    const r = { locale: s.locale, calendar: 'gregory', numberingSystem: 'latn', timeZone: s.timeZone === '' ? undefined : s.timeZone };
    const hm = /\{(h|K|H|k)\1?\}/.exec(p);
    if (hm) {
      r.hourCycle = { h: 'h12', K: 'h11', H: 'h23', k: 'h24' }[hm[1]];
      r.hour12 = r.hourCycle === 'h11' || r.hourCycle === 'h12';
    }
    if (s.dateStyle !== undefined || s.timeStyle !== undefined) {
      if (s.dateStyle !== undefined) r.dateStyle = s.dateStyle;
      if (s.timeStyle !== undefined) r.timeStyle = s.timeStyle;
      return r;
    }
    const set = (k, v) => { if (v !== undefined) r[k] = v; };
    set('weekday', widthOf(p, [['EEEE', 'long'], ['EEEEs', 'long'], ['EEE', 'short'], ['EEEs', 'short'], ['EEEEE', 'narrow'], ['EEEEEs', 'narrow']]));
    set('era', p.includes('{G}') ? s.fields.era : undefined);
    set('year', widthOf(p, [['y', 'numeric'], ['yy', '2-digit']]));
    set('month', widthOf(p, [['M', 'numeric'], ['MM', '2-digit'], ['MMMM', 'long'], ['MMMMs', 'long'], ['MMM', 'short'], ['MMMs', 'short'], ['MMMMM', 'narrow'], ['MMMMMs', 'narrow']]));
    set('day', widthOf(p, [['d', 'numeric'], ['dd', '2-digit']]));
    set('hour', widthOf(p, [['h', 'numeric'], ['hh', '2-digit'], ['H', 'numeric'], ['HH', '2-digit'], ['K', 'numeric'], ['KK', '2-digit'], ['k', 'numeric'], ['kk', '2-digit']]));
    set('minute', widthOf(p, [['mm', '2-digit'], ['m', 'numeric']]));
    set('second', widthOf(p, [['ss', '2-digit'], ['s', 'numeric']]));
    set('fractionalSecondDigits', s.fields.fractionalSecondDigits);
    set('timeZoneName', p.includes('{z}') ? s.fields.timeZoneName : undefined);
    return r;
  }),
  formatRange: common.method('formatRange', function formatRange(a, b) {
    const s = common.checkReceiver(slots, this, 'Intl.DateTimeFormat.prototype.formatRange');
    const x = joinParts(toParts(s, timeValue(a)));
    const y = joinParts(toParts(s, timeValue(b)));
    return x === y ? x : x + ' – ' + y;
  }),
}, {
  format: common.method('get format', function format() {
    const s = common.checkReceiver(slots, this, 'get Intl.DateTimeFormat.prototype.format');
    if (s.bound === undefined) {
      s.bound = common.method('', (date) => joinParts(toParts(s, timeValue(date))), 1);
    }
    return s.bound;
  }),
});

const defaults = new Map();
function localeString(d, locales, options, required, def, name) {
  if (!(d instanceof Date)) throw new TypeError(`Method Date.prototype.${name} called on incompatible receiver ${common.describe(d)}`);
  const x = d.getTime();
  if (Number.isNaN(x)) return 'Invalid Date';
  let s;
  if (locales === undefined && options === undefined) {
    s = defaults.get(name);
    if (s === undefined) {
      s = slots.get(new DateTimeFormat(undefined, undefined, required, def));
      defaults.set(name, s);
    }
  } else {
    s = slots.get(new DateTimeFormat(locales, options, required, def));
  }
  return joinParts(toParts(s, x));
}

module.exports = {
  DateTimeFormat,
  toLocaleString: common.method('toLocaleString', function toLocaleString(locales, options) {
    return localeString(this, locales, options, 'any', 'all', 'toLocaleString');
  }, 0),
  toLocaleDateString: common.method('toLocaleDateString', function toLocaleDateString(locales, options) {
    return localeString(this, locales, options, 'date', 'date', 'toLocaleDateString');
  }, 0),
  toLocaleTimeString: common.method('toLocaleTimeString', function toLocaleTimeString(locales, options) {
    return localeString(this, locales, options, 'time', 'time', 'toLocaleTimeString');
  }, 0),
};
