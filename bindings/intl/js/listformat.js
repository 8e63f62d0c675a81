'use strict';
// Intl.ListFormat. The patterns are CLDR's list patterns (Unicode license),
// per locale: [pair, start, middle, end] separators for each type
// (c: conjunction, d: disjunction, u: unit) and style (l: long, s: short,
// n: narrow). Other locales use English's.
const common = require('internal/intl/common');

const patterns = {"en":{"cl":[" and ",", ",", ",", and "],"cs":[" & ",", ",", ",", & "],"cn":[", ",", ",", ",", "],"dl":[" or ",", ",", ",", or "],"ds":[" or ",", ",", ",", or "],"dn":[" or ",", ",", ",", or "],"ul":[", ",", ",", ",", "],"us":[", ",", ",", ",", "],"un":[" "," "," "," "]},"en-GB":{"cl":[" and ",", ",", "," and "],"cs":[" and ",", ",", "," and "],"cn":[", ",", ",", ",", "],"dl":[" or ",", ",", "," or "],"ds":[" or ",", ",", "," or "],"dn":[" or ",", ",", "," or "],"ul":[", ",", ",", ",", "],"us":[", ",", ",", ",", "],"un":[" "," "," "," "]},"de":{"cl":[" und ",", ",", "," und "],"cs":[" und ",", ",", "," und "],"cn":[" und ",", ",", "," und "],"dl":[" oder ",", ",", "," oder "],"ds":[" oder ",", ",", "," oder "],"dn":[" oder ",", ",", "," oder "],"ul":[", ",", ",", "," und "],"us":[", ",", ",", "," und "],"un":[", ",", ",", "," und "]},"fr":{"cl":[" et ",", ",", "," et "],"cs":[" et ",", ",", "," et "],"cn":[", ",", ",", ",", "],"dl":[" ou ",", ",", "," ou "],"ds":[" ou ",", ",", "," ou "],"dn":[" ou ",", ",", "," ou "],"ul":[" et ",", ",", "," et "],"us":[" et ",", ",", "," et "],"un":[" "," "," "," "]},"es":{"cl":[" y ",", ",", "," y "],"cs":[" y ",", ",", "," y "],"cn":[" y ",", ",", "," y "],"dl":[" o ",", ",", "," o "],"ds":[" o ",", ",", "," o "],"dn":[" o ",", ",", "," o "],"ul":[" y ",", ",", "," y "],"us":[" y ",", ",", ",", "],"un":[" "," "," "," "]},"it":{"cl":[" e ",", ",", "," e "],"cs":[" e ",", ",", "," e "],"cn":[" e ",", ",", "," e "],"dl":[" o ",", ",", "," o "],"ds":[" o ",", ",", "," o "],"dn":[" o ",", ",", "," o "],"ul":[" e ",", ",", "," e "],"us":[" e ",", ",", "," e "],"un":[" "," "," "," "]},"pt":{"cl":[" e ",", ",", "," e "],"cs":[" e ",", ",", "," e "],"cn":[", ",", ",", ",", "],"dl":[" ou ",", ",", "," ou "],"ds":[" ou ",", ",", "," ou "],"dn":[" ou ",", ",", "," ou "],"ul":[" e ",", ",", "," e "],"us":[" e ",", ",", "," e "],"un":[" "," "," "," "]},"nl":{"cl":[" en ",", ",", "," en "],"cs":[" & ",", ",", "," & "],"cn":[", ",", ",", ",", "],"dl":[" of ",", ",", "," of "],"ds":[" of ",", ",", "," of "],"dn":[" of ",", ",", "," of "],"ul":[" en ",", ",", "," en "],"us":[", ",", ",", ",", "],"un":[", ",", ",", ",", "]},"ja":{"cl":["、","、","、","、"],"cs":["、","、","、","、"],"cn":["、","、","、","、"],"dl":["または","、","、","、または"],"ds":["または","、","、","、または"],"dn":["または","、","、","、または"],"ul":[" "," "," "," "],"us":[" "," "," "," "],"un":["","","",""]},"zh":{"cl":["和","、","、","和"],"cs":["和","、","、","和"],"cn":["、","、","、","、"],"dl":["或","、","、","或"],"ds":["或","、","、","或"],"dn":["或","、","、","或"],"ul":["","","",""],"us":["","","",""],"un":["","","",""]},"ko":{"cl":[" 및 ",", ",", "," 및 "],"cs":[" 및 ",", ",", "," 및 "],"cn":[" 및 ",", ",", "," 및 "],"dl":[" 또는 ",", ",", "," 또는 "],"ds":[" 또는 ",", ",", "," 또는 "],"dn":[" 또는 ",", ",", "," 또는 "],"ul":[" "," "," "," "],"us":[" "," "," "," "],"un":[" "," "," "," "]},"ru":{"cl":[" и ",", ",", "," и "],"cs":[" и ",", ",", "," и "],"cn":[", ",", ",", ",", "],"dl":[" или ",", ",", "," или "],"ds":[" или ",", ",", "," или "],"dn":[" или ",", ",", "," или "],"ul":[" "," "," "," "],"us":[" "," "," "," "],"un":[" "," "," "," "]},"sv":{"cl":[" och ",", ",", "," och "],"cs":[" och ",", ",", "," och "],"cn":[", ",", ",", ",", "],"dl":[" eller ",", ",", "," eller "],"ds":[" eller ",", ",", "," eller "],"dn":[" eller ",", ",", "," eller "],"ul":[", ",", ",", ",", "],"us":[", ",", ",", ",", "],"un":[" "," "," "," "]},"pl":{"cl":[" i ",", ",", "," i "],"cs":[" i ",", ",", "," i "],"cn":[" i ",", ",", "," i "],"dl":[" lub ",", ",", "," lub "],"ds":[" lub ",", ",", "," lub "],"dn":[" lub ",", ",", "," lub "],"ul":[" i ",", ",", "," i "],"us":[" i ",", ",", "," i "],"un":[" i ",", ",", "," i "]}};

const slots = new WeakMap();

function ListFormat(locales, options) {
  if (new.target === undefined) throw new TypeError("Constructor Intl.ListFormat requires 'new'");
  const requested = common.canonicalizeLocaleList(locales);
  const o = common.getOptionsObject(options);
  common.getOption(o, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', 'Intl.ListFormat');
  const { base } = common.resolveLocale(requested);
  const type = common.getOption(o, 'type', 'string', ['conjunction', 'disjunction', 'unit'], 'conjunction', 'Intl.ListFormat');
  const style = common.getOption(o, 'style', 'string', ['long', 'short', 'narrow'], 'long', 'Intl.ListFormat');
  const self = Object.create(new.target.prototype);
  const lang = common.language(base);
  const data = patterns[base] || patterns[lang + '-' + common.region(base)] || patterns[lang] || patterns.en;
  slots.set(self, { locale: base, type, style, seps: data[type[0] + style[0]] });
  return self;
}

function stringList(list) {
  if (list === undefined) return [];
  if (list === null || typeof list[Symbol.iterator] !== 'function') {
    const what = list === null ? 'object null' : typeof list === 'object' || typeof list === 'function' ? typeof list : `${typeof list} ${String(list)}`;
    throw new TypeError(`${what} is not iterable (cannot read property Symbol(Symbol.iterator))`);
  }
  const out = [];
  for (const v of list) {
    if (typeof v !== 'string') throw new TypeError(`Iterable yielded ${typeof v === 'symbol' ? 'Symbol()' : String(v)} which is not a string`);
    out.push(v);
  }
  return out;
}

function parts(seps, list) {
  const n = list.length;
  const out = [];
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      let sep;
      if (n === 2) sep = seps[0];
      else if (i === 1) sep = seps[1];
      else if (i === n - 1) sep = seps[3];
      else sep = seps[2];
      if (sep !== '') out.push({ type: 'literal', value: sep });
    }
    out.push({ type: 'element', value: list[i] });
  }
  return out;
}

common.defineClass(ListFormat, 'Intl.ListFormat', {
  format: common.method('format', function format(list) {
    const s = common.checkReceiver(slots, this, 'Intl.ListFormat.prototype.format');
    return parts(s.seps, stringList(list)).map((p) => p.value).join('');
  }),
  formatToParts: common.method('formatToParts', function formatToParts(list) {
    const s = common.checkReceiver(slots, this, 'Intl.ListFormat.prototype.formatToParts');
    return parts(s.seps, stringList(list));
  }),
  resolvedOptions: common.method('resolvedOptions', function resolvedOptions() {
    const s = common.checkReceiver(slots, this, 'Intl.ListFormat.prototype.resolvedOptions');
    return { locale: s.locale, type: s.type, style: s.style };
  }),
});

module.exports = { ListFormat };
