'use strict';
// perf_hooks' histograms: RecordableHistogram (createHistogram) and the
// event-loop delay monitor, over Go's HDR histogram.

const {
  makeNodeError, invalidArgType, outOfRange, validateObject, validateNumber, validateInteger,
} = require('internal/errors');
const native = internalBinding('perf_hooks');
const customInspect = Symbol.for('nodejs.util.inspect.custom');
const kSkip = Symbol('kSkip');

function illegalConstructor() {
  return makeNodeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
}
function invalidThis(type) {
  return makeNodeError(TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
}

const kHandle = Symbol('kHandle');
const kRecordable = Symbol('kRecordable');

// SafeMap is the Map node's histograms return their percentiles in.
class SafeMap extends Map {}

function percentileArg(percentile) {
  validateNumber(percentile, 'percentile');
  if (!(percentile > 0 && percentile <= 100)) throw outOfRange('percentile', '> 0 && <= 100', percentile);
  return percentile;
}

class Histogram {
  constructor(skip, handle) {
    if (skip !== kSkip) throw illegalConstructor();
    this[kHandle] = handle;
  }
  get count() { return h(this).count(); }
  get countBigInt() { return h(this).bigint('count'); }
  get min() { return h(this).min(); }
  get minBigInt() { return h(this).bigint('min'); }
  get max() { return h(this).max(); }
  get maxBigInt() { return h(this).bigint('max'); }
  get mean() { return h(this).mean(); }
  get exceeds() { return h(this).exceeds(); }
  get exceedsBigInt() { return h(this).bigint('exceeds'); }
  get stddev() { return h(this).stddev(); }
  percentile(percentile) { return h(this).percentile(percentileArg(percentile)); }
  percentileBigInt(percentile) { return h(this).bigint('percentile', percentileArg(percentile)); }
  get percentiles() {
    const flat = h(this).percentiles();
    const map = new SafeMap();
    for (let i = 0; i < flat.length; i += 2) map.set(flat[i], flat[i + 1]);
    return map;
  }
  get percentilesBigInt() {
    const map = new SafeMap();
    for (const [k, v] of this.percentiles) map.set(k, BigInt(v));
    return map;
  }
  reset() { h(this).reset(); }
  [customInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = Object.assign({}, options, { depth: options.depth == null ? null : options.depth - 1 });
    return `${this.constructor.name} ${inspect({ min: this.min, max: this.max, mean: this.mean, exceeds: this.exceeds,
      stddev: this.stddev, count: this.count, percentiles: this.percentiles }, opts)}`;
  }
  toJSON() {
    return { count: this.count, min: this.min, max: this.max, mean: this.mean, exceeds: this.exceeds,
      stddev: this.stddev, percentiles: Object.fromEntries(this.percentiles) };
  }
}

function h(self) {
  if (self == null || self[kHandle] === undefined) throw invalidThis('Histogram');
  return self[kHandle];
}

class RecordableHistogram extends Histogram {
  constructor() { throw illegalConstructor(); }
  record(val) {
    if (this == null || this[kRecordable] === undefined) throw invalidThis('RecordableHistogram');
    if (typeof val === 'bigint') {
      if (val < 1n || val > 2n ** 63n - 1n) throw makeNodeError(RangeError, 'ERR_OUT_OF_RANGE', 'value is out of range');
      h(this).record(val);
      return;
    }
    validateInteger(val, 'val', 1);
    h(this).record(val);
  }
  recordDelta() {
    if (this == null || this[kRecordable] === undefined) throw invalidThis('RecordableHistogram');
    h(this).recordDelta();
  }
  add(other) {
    if (this == null || this[kRecordable] === undefined) throw invalidThis('RecordableHistogram');
    if (other == null || other[kRecordable] === undefined) throw invalidArgType('other', 'RecordableHistogram', other);
    h(this).add(other[kHandle]);
  }
}

function makeRecordable(handle) {
  const hist = new Histogram(kSkip, handle);
  Object.setPrototypeOf(hist, RecordableHistogram.prototype);
  hist[kRecordable] = true;
  return hist;
}

function createHistogram(options = {}) {
  validateObject(options, 'options');
  const { lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3 } = options;
  if (typeof lowest !== 'bigint') validateInteger(lowest, 'options.lowest', 1, Number.MAX_SAFE_INTEGER);
  if (typeof highest !== 'bigint') {
    validateInteger(highest, 'options.highest', 2 * Number(lowest), Number.MAX_SAFE_INTEGER);
  } else if (highest < 2n * BigInt(lowest)) {
    throw outOfRange('options.highest', `>= ${2n * BigInt(lowest)}`, highest);
  }
  validateInteger(figures, 'options.figures', 1, 5);
  return makeRecordable(native.histogram(Number(lowest), Number(highest), figures));
}

const kTimer = Symbol('kTimer');
const kResolution = Symbol('kResolution');

// ELDHistogram samples the event loop's delay: a timer that should fire
// every `resolution` ms records the time between its firings (ns).
class ELDHistogram extends Histogram {
  constructor() { throw illegalConstructor(); }
  enable() {
    if (this == null || this[kResolution] === undefined) throw invalidThis('ELDHistogram');
    if (this[kTimer] !== undefined) return false;
    const handle = h(this);
    handle.recordDelta();
    this[kTimer] = setInterval(() => handle.recordDelta(), this[kResolution]);
    this[kTimer].unref();
    return true;
  }
  disable() {
    if (this == null || this[kResolution] === undefined) throw invalidThis('ELDHistogram');
    if (this[kTimer] === undefined) return false;
    clearInterval(this[kTimer]);
    this[kTimer] = undefined;
    return true;
  }
}

function monitorEventLoopDelay(options = {}) {
  validateObject(options, 'options');
  const { resolution = 10 } = options;
  validateInteger(resolution, 'options.resolution', 1);
  const hist = new Histogram(kSkip, native.histogram(1, Number.MAX_SAFE_INTEGER, 3));
  Object.setPrototypeOf(hist, ELDHistogram.prototype);
  hist[kResolution] = resolution;
  hist[kTimer] = undefined;
  return hist;
}

module.exports = { Histogram, RecordableHistogram, ELDHistogram, createHistogram, monitorEventLoopDelay };
