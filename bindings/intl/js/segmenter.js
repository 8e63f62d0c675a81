'use strict';
// Intl.Segmenter: grapheme, word and sentence boundaries from the Go side
// (UAX #29).
const common = require('internal/intl/common');
const { native } = common;

const slots = new WeakMap();
const segmentsSlots = new WeakMap();
const iteratorSlots = new WeakMap();

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
    const segs = Object.create(SegmentsPrototype);
    segmentsSlots.set(segs, { input: str, granularity: s.granularity, breaks: null });
    return segs;
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

const SegmentsPrototype = {};
Object.defineProperty(SegmentsPrototype, 'containing', {
  value: common.method('containing', function containing(index) {
    const st = common.checkReceiver(segmentsSlots, this, '%Segments.prototype%.containing');
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
  }),
  writable: true, enumerable: false, configurable: true,
});
Object.defineProperty(SegmentsPrototype, Symbol.iterator, {
  value: common.method('[Symbol.iterator]', function iterator() {
    const st = common.checkReceiver(segmentsSlots, this, '%Segments.prototype%[@@iterator]');
    const it = Object.create(SegmentIteratorPrototype);
    iteratorSlots.set(it, { st, i: 0 });
    return it;
  }),
  writable: true, enumerable: false, configurable: true,
});

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
const SegmentIteratorPrototype = Object.create(IteratorPrototype);
Object.defineProperty(SegmentIteratorPrototype, 'next', {
  value: common.method('next', function next() {
    const it = common.checkReceiver(iteratorSlots, this, '%SegmentIterator.prototype%.next');
    const breaks = breaksOf(it.st);
    if (it.i >= breaks.length - 1) return { value: undefined, done: true };
    const d = segmentData(it.st, breaks, it.i);
    it.i++;
    return { value: d, done: false };
  }),
  writable: true, enumerable: false, configurable: true,
});
Object.defineProperty(SegmentIteratorPrototype, Symbol.toStringTag, {
  value: 'Segmenter String Iterator', writable: false, enumerable: false, configurable: true,
});

module.exports = { Segmenter };
