'use strict';
// Intl.Segmenter: grapheme, word and sentence boundaries from the Go side
// (UAX #29).
const common = require('internal/intl/common');
const { native } = common;

const slots = new WeakMap();

function Segmenter(locales, options) {
  if (new.target === undefined) throw new TypeError("Constructor Intl.Segmenter requires 'new'");
  const requested = common.canonicalizeLocaleList(locales);
  const o = common.getOptionsObject(options);
  common.getOption(o, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit', 'Intl.Segmenter');
  const { base } = common.resolveLocale(requested);
  const granularity = common.getOption(o, 'granularity', 'string', ['grapheme', 'word', 'sentence'], 'grapheme', 'Intl.Segmenter');
  const self = Object.create(new.target.prototype);
  slots.set(self, { locale: base, granularity });
  return self;
}

common.defineClass(Segmenter, 'Intl.Segmenter', {
  segment: common.method('segment', function segment(string) {
    const s = common.checkReceiver(slots, this, 'Intl.Segmenter.prototype.segment');
    const str = String(string);
    return new Segments({ input: str, granularity: s.granularity, breaks: null });
  }),
  resolvedOptions: common.method('resolvedOptions', function resolvedOptions() {
    const s = common.checkReceiver(slots, this, 'Intl.Segmenter.prototype.resolvedOptions');
    return { locale: s.locale, granularity: s.granularity };
  }),
});

function breaksOf(st) {
  if (st.breaks === null) st.breaks = native.segments(st.input, st.granularity);
  return st.breaks;
}

// segmentData makes the object containing() and the iterator return for
// the segment starting at breaks[i].
function segmentData(st, breaks, i) {
  const start = breaks[i] >> 1;
  const end = breaks[i + 1] >> 1;
  const d = { segment: st.input.slice(start, end), index: start, input: st.input };
  if (st.granularity === 'word') d.isWordLike = (breaks[i] & 1) === 1;
  return d;
}

// Segments objects and their iterators keep their state in private
// fields: they are made per call, and a WeakMap entry costs far more.
class Segments {
  #st;
  constructor(st) { this.#st = st; }
  static state(o, method) {
    if (typeof o !== 'object' || o === null || !(#st in o)) {
      throw new TypeError(`Method ${method} called on incompatible receiver ${typeof o === 'object' && o !== null ? '#<Object>' : String(o)}`);
    }
    return o.#st;
  }
  containing(index) {
    const st = Segments.state(this, '%Segments.prototype%.containing');
    let n = Number(index);
    n = Number.isNaN(n) ? 0 : Math.trunc(n);
    if (n < 0 || n >= st.input.length) return undefined;
    const breaks = breaksOf(st);
    let lo = 0;
    let hi = breaks.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((breaks[mid] >> 1) <= n) lo = mid; else hi = mid - 1;
    }
    return segmentData(st, breaks, lo);
  }
  [Symbol.iterator]() {
    return new SegmentIterator(Segments.state(this, '%Segments.prototype%[@@iterator]'));
  }
}
const SegmentsPrototype = Segments.prototype;
delete SegmentsPrototype.constructor;
Object.setPrototypeOf(SegmentsPrototype, Object.prototype);

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
class SegmentIterator {
  #st;
  #i = 0;
  constructor(st) { this.#st = st; }
  next() {
    if (typeof this !== 'object' || this === null || !(#st in this)) {
      throw new TypeError('Method %SegmentIterator.prototype%.next called on incompatible receiver ' + String(this));
    }
    const breaks = breaksOf(this.#st);
    if (this.#i >= breaks.length - 1) return { value: undefined, done: true };
    const d = segmentData(this.#st, breaks, this.#i);
    this.#i++;
    return { value: d, done: false };
  }
}
const SegmentIteratorPrototype = SegmentIterator.prototype;
delete SegmentIteratorPrototype.constructor;
Object.setPrototypeOf(SegmentIteratorPrototype, IteratorPrototype);
Object.defineProperty(SegmentIteratorPrototype, Symbol.toStringTag, {
  value: 'Segmenter String Iterator', writable: false, enumerable: false, configurable: true,
});

module.exports = { Segmenter };
