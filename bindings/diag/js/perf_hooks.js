'use strict';
// Node's perf_hooks: user timing (marks, measures, the timeline),
// PerformanceObserver, timerify, event-loop utilization and delay, and
// HDR histograms (Go). performance is the runtime's own object, extended.

const web = require('internal/web');
const { DOMException, performance } = web;
const {
  makeNodeError, invalidArgType, invalidArgValue, validateObject, validateFunction, validateNumber, validateString,
} = require('internal/errors');
const native = internalBinding('perf_hooks');
const { RecordableHistogram, createHistogram, monitorEventLoopDelay } = require('internal/perf_hooks/histogram');
const customInspect = Symbol.for('nodejs.util.inspect.custom');

const kSkip = Symbol('kSkip');
const kName = Symbol('kName');
const kType = Symbol('kType');
const kStart = Symbol('kStart');
const kDuration = Symbol('kDuration');
const kDetail = Symbol('kDetail');

const now = () => performance.now();

function illegalConstructor() {
  return makeNodeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
}
function invalidThis(type) {
  return makeNodeError(TypeError, 'ERR_INVALID_THIS', `Value of "this" must be of type ${type}`);
}
function missingArgs(...names) {
  const list = names.map((n) => `"${n}"`);
  const text = list.length === 1 ? list[0] : list.length === 2 ? `${list[0]} and ${list[1]}` :
    `${list.slice(0, -1).join(', ')}, and ${list[list.length - 1]}`;
  return makeNodeError(TypeError, 'ERR_MISSING_ARGS', `The ${text} argument${names.length > 1 ? 's' : ''} must be specified`);
}
function invalidTimestamp(v) {
  return makeNodeError(TypeError, 'ERR_PERFORMANCE_INVALID_TIMESTAMP', `${v} is not a valid timestamp`);
}
function invalidMeasureOptions(msg) {
  return makeNodeError(TypeError, 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', msg);
}

function inspectEntry(self, depth, options, inspect) {
  if (depth < 0) return self;
  const opts = Object.assign({}, options, { depth: options.depth == null ? null : options.depth - 1 });
  return `${self.constructor.name} ${inspect(self.toJSON(), opts)}`;
}

class PerformanceEntry {
  constructor(skip, name, type, start, duration, detail) {
    if (skip !== kSkip) throw illegalConstructor();
    this[kName] = name;
    this[kType] = type;
    this[kStart] = start;
    this[kDuration] = duration;
    this[kDetail] = detail;
  }

  get name() { return checkEntry(this)[kName]; }
  get entryType() { return checkEntry(this)[kType]; }
  get startTime() { return checkEntry(this)[kStart]; }
  get duration() { return checkEntry(this)[kDuration]; }

  [customInspect](depth, options, inspect) { return inspectEntry(this, depth, options, inspect); }

  toJSON() {
    return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration };
  }
}

function checkEntry(self) {
  if (self == null || !(kName in self)) throw invalidThis('PerformanceEntry');
  return self;
}

// PerformanceNodeEntry is the entry of a node-specific type (function).
class PerformanceNodeEntry extends PerformanceEntry {
  get detail() { return checkEntry(this)[kDetail]; }

  toJSON() {
    return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration, detail: this.detail };
  }
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options) {
    if (arguments.length === 0) throw missingArgs('name');
    name = `${name}`;
    if (options !== undefined) validateObject(options, 'options');
    const startTime = options?.startTime ?? now();
    validateNumber(startTime, 'startTime');
    if (startTime < 0) throw invalidTimestamp(startTime);
    let detail = options?.detail;
    detail = detail != null ? structuredClone(detail) : null;
    super(kSkip, name, 'mark', startTime, 0, detail);
  }

  get detail() { return checkEntry(this)[kDetail]; }

  toJSON() {
    return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration, detail: this.detail };
  }
}
Object.defineProperty(PerformanceMark.prototype, Symbol.toStringTag, { value: 'PerformanceMark', configurable: true });

class PerformanceMeasure extends PerformanceEntry {
  constructor() { throw illegalConstructor(); }

  get detail() { return checkEntry(this)[kDetail]; }

  toJSON() {
    return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration, detail: this.detail };
  }
}
Object.defineProperty(PerformanceMeasure.prototype, Symbol.toStringTag, { value: 'PerformanceMeasure', configurable: true });

function createMeasure(name, start, duration, detail) {
  const m = new PerformanceEntry(kSkip, name, 'measure', start, duration, detail);
  Object.setPrototypeOf(m, PerformanceMeasure.prototype);
  return m;
}

// The timeline: marks and measures, in the order they were made.
const marks = [];
const measures = [];
const markTimes = new Map();

const supportedEntryTypes = Object.freeze(['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource']);
const observers = new Set();
const pending = new Set();
let dispatchQueued = false;

function queueDispatch() {
  if (dispatchQueued) return;
  dispatchQueued = true;
  setImmediate(() => {
    dispatchQueued = false;
    const list = Array.from(pending);
    pending.clear();
    for (const obs of list) obs[kDispatch]();
  });
}

function enqueue(entry) {
  for (const obs of observers) obs[kMaybeBuffer](entry);
}

function sortByStart(list) {
  return list.sort((a, b) => a.startTime - b.startTime);
}

function filterTimeline(name, type) {
  let list;
  if (type === 'mark') list = marks.slice();
  else if (type === 'measure') list = measures.slice();
  else if (type === undefined) list = marks.concat(measures);
  else list = [];
  if (name !== undefined) list = list.filter((e) => e.name === name);
  return sortByStart(list);
}

function getMark(name) {
  if (name === undefined) return undefined;
  if (typeof name === 'number') {
    if (name < 0) throw invalidTimestamp(name);
    return name;
  }
  name = `${name}`;
  const timing = nodeTimingValue(name);
  if (timing !== undefined) return timing;
  const ts = markTimes.get(name);
  if (ts === undefined) throw new DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
  return ts;
}

function calculateStartDuration(startOrMeasureOptions, endMark) {
  if (startOrMeasureOptions === null ||
      (typeof startOrMeasureOptions === 'object' && Object.keys(startOrMeasureOptions).length === 0)) {
    startOrMeasureOptions = undefined;
  }
  let start;
  let end;
  let duration;
  let optionsValid = false;
  if (typeof startOrMeasureOptions === 'object') {
    ({ start, end, duration } = startOrMeasureOptions);
    optionsValid = start !== undefined || end !== undefined;
  }
  if (optionsValid) {
    if (endMark !== undefined) throw invalidMeasureOptions('endMark must not be specified');
    if (start !== undefined && end !== undefined && duration !== undefined) {
      throw invalidMeasureOptions('Must not have options.start, options.end, and options.duration specified');
    }
  }
  if (endMark !== undefined) {
    end = getMark(endMark);
  } else if (optionsValid && end !== undefined) {
    end = getMark(end);
  } else if (optionsValid && start !== undefined && duration !== undefined) {
    end = getMark(start) + getMark(duration);
  } else {
    end = now();
  }
  if (typeof startOrMeasureOptions === 'string') {
    start = getMark(startOrMeasureOptions);
  } else if (optionsValid && start !== undefined) {
    start = getMark(start);
  } else if (optionsValid && duration !== undefined && end !== undefined) {
    start = end - getMark(duration);
  } else {
    start = 0;
  }
  return { start, duration: end - start };
}

// nodeTiming: the milestones jsproc knows. The process and its runtime
// start together, so nodeStart, v8Start, environment and bootstrapComplete
// are all the runtime's start, 0 on performance's clock.
class PerformanceNodeTiming {
  constructor(skip) { if (skip !== kSkip) throw illegalConstructor(); }
  get name() { return 'node'; }
  get entryType() { return 'node'; }
  get startTime() { return 0; }
  get duration() { return now(); }
  get nodeStart() { return 0; }
  get v8Start() { return 0; }
  get environment() { return 0; }
  get bootstrapComplete() { return 0; }
  get loopStart() { return loopTiming().start; }
  get loopExit() { return -1; }
  get idleTime() { return loopTiming().idle; }
  [customInspect](depth, options, inspect) { return inspectEntry(this, depth, options, inspect); }
  toJSON() {
    return {
      name: 'node', entryType: 'node', startTime: 0, duration: this.duration, nodeStart: 0, v8Start: 0,
      bootstrapComplete: 0, environment: 0, loopStart: this.loopStart, loopExit: -1, idleTime: this.idleTime,
    };
  }
}
const nodeTiming = new PerformanceNodeTiming(kSkip);
const nodeTimingNames = new Set(['nodeStart', 'v8Start', 'environment', 'loopStart', 'loopExit', 'bootstrapComplete']);
function nodeTimingValue(name) {
  return nodeTimingNames.has(name) ? nodeTiming[name] : undefined;
}

function loopTiming() {
  const [since, idle] = native.loopTiming();
  if (since < 0) return { start: -1, idle: 0 };
  return { start: now() - since, idle };
}

function eventLoopUtilization(util1, util2) {
  const { start, idle: idleTime } = loopTiming();
  if (start <= 0) return { idle: 0, active: 0, utilization: 0 };
  if (util2) {
    const idle = util1.idle - util2.idle;
    const active = util1.active - util2.active;
    return { idle, active, utilization: active / (idle + active) };
  }
  const active = now() - start - idleTime;
  if (!util1) return { idle: idleTime, active, utilization: active / (idleTime + active) };
  const idleDelta = idleTime - util1.idle;
  const activeDelta = active - util1.active;
  return { idle: idleDelta, active: activeDelta, utilization: activeDelta / (idleDelta + activeDelta) };
}

function timerify(fn, options = {}) {
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  const { histogram } = options;
  if (histogram !== undefined && !(histogram instanceof RecordableHistogram)) {
    throw invalidArgType('options.histogram', 'RecordableHistogram', histogram);
  }
  function timerified(...args) {
    const isConstructorCall = new.target !== undefined;
    const start = now();
    const result = isConstructorCall ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
    const finish = () => {
      const duration = now() - start;
      if (histogram !== undefined) histogram.record(Math.max(1, Math.ceil(duration * 1e6)));
      const entry = new PerformanceEntry(kSkip, fn.name, 'function', start, duration, args);
      Object.setPrototypeOf(entry, PerformanceNodeEntry.prototype);
      enqueue(entry);
    };
    if (!isConstructorCall && result != null && typeof result.finally === 'function') {
      return result.finally(finish);
    }
    finish();
    return result;
  }
  Object.defineProperties(timerified, {
    length: { configurable: false, enumerable: true, value: fn.length },
    name: { configurable: false, enumerable: true, value: `timerified ${fn.name}` },
  });
  return timerified;
}

class Performance {
  constructor() { throw illegalConstructor(); }
}
const methods = {
  clearMarks(name) {
    if (name !== undefined) {
      name = `${name}`;
      markTimes.delete(name);
      for (let i = marks.length - 1; i >= 0; i--) if (marks[i].name === name) marks.splice(i, 1);
      return;
    }
    markTimes.clear();
    marks.length = 0;
  },
  clearMeasures(name) {
    if (name !== undefined) {
      name = `${name}`;
      for (let i = measures.length - 1; i >= 0; i--) if (measures[i].name === name) measures.splice(i, 1);
      return;
    }
    measures.length = 0;
  },
  clearResourceTimings() {},
  getEntries() { return filterTimeline(); },
  getEntriesByName(name, type) {
    if (arguments.length === 0) throw missingArgs('name');
    return filterTimeline(`${name}`, type !== undefined ? `${type}` : undefined);
  },
  getEntriesByType(type) {
    if (arguments.length === 0) throw missingArgs('type');
    return filterTimeline(undefined, `${type}`);
  },
  mark(name, options) {
    const m = new PerformanceMark(...arguments);
    enqueue(m);
    marks.push(m);
    markTimes.set(m.name, m.startTime);
    return m;
  },
  measure(name, startOrMeasureOptions, endMark) {
    validateString(name, 'name');
    const { start, duration } = calculateStartDuration(startOrMeasureOptions, endMark);
    let detail = startOrMeasureOptions?.detail;
    detail = detail != null ? structuredClone(detail) : null;
    const m = createMeasure(name, start, duration, detail);
    enqueue(m);
    measures.push(m);
    return m;
  },
  setResourceTimingBufferSize() {},
  toJSON() {
    return { nodeTiming: this.nodeTiming, timeOrigin: this.timeOrigin, eventLoopUtilization: this.eventLoopUtilization() };
  },
  eventLoopUtilization,
  timerify,
};
for (const [name, value] of Object.entries(methods)) {
  Object.defineProperty(Performance.prototype, name, { value, writable: true, configurable: true, enumerable: true });
}
Object.defineProperty(Performance.prototype, Symbol.toStringTag, { value: 'Performance', configurable: true });
Object.defineProperty(Performance.prototype, 'nodeTiming', { get() { return nodeTiming; }, configurable: true, enumerable: true });
Object.defineProperty(Performance.prototype, customInspect, {
  value(depth, options, inspect) {
    if (depth < 0) return this;
    const opts = Object.assign({}, options, { depth: options.depth == null ? null : options.depth - 1 });
    return `Performance ${inspect({ nodeTiming: this.nodeTiming, timeOrigin: this.timeOrigin, eventLoopUtilization: this.eventLoopUtilization }, opts)}`;
  },
  configurable: true,
});

// Extend the runtime's performance object: its own now and timeOrigin
// stay, the rest comes from Performance.prototype.
for (const name of ['mark', 'measure', 'toJSON']) delete performance[name];
Object.setPrototypeOf(performance, Performance.prototype);

class PerformanceObserverEntryList {
  constructor(skip, entries) {
    if (skip !== kSkip) throw illegalConstructor();
    this[kBuffer] = sortByStart(entries);
  }
  getEntries() { return this[kBuffer].slice(); }
  getEntriesByType(type) {
    if (arguments.length === 0) throw missingArgs('type');
    type = `${type}`;
    return this[kBuffer].filter((e) => e.entryType === type);
  }
  getEntriesByName(name, type) {
    if (arguments.length === 0) throw missingArgs('name');
    name = `${name}`;
    return this[kBuffer].filter((e) => e.name === name && (type === undefined || e.entryType === `${type}`));
  }
  [customInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = Object.assign({}, options, { depth: options.depth == null ? null : options.depth - 1 });
    return `PerformanceObserverEntryList ${inspect(this[kBuffer], opts)}`;
  }
}

const kBuffer = Symbol('kBuffer');
const kEntryTypes = Symbol('kEntryTypes');
const kObsType = Symbol('kObsType');
const kCallback = Symbol('kCallback');
const kMaybeBuffer = Symbol('kMaybeBuffer');
const kDispatch = Symbol('kDispatch');

class PerformanceObserver {
  constructor(callback) {
    validateFunction(callback, 'callback');
    this[kBuffer] = [];
    this[kEntryTypes] = new Set();
    this[kObsType] = undefined;
    this[kCallback] = callback;
  }

  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = options;
    if (entryTypes === undefined && type === undefined) throw missingArgs('options.entryTypes', 'options.type');
    if (entryTypes != null && type != null) {
      throw invalidArgValue('options.entryTypes', entryTypes, 'options.entryTypes can not set with options.type together');
    }
    switch (this[kObsType]) {
      case undefined:
        if (entryTypes !== undefined) this[kObsType] = 'multiple';
        if (type !== undefined) this[kObsType] = 'single';
        break;
      case 'single':
        if (entryTypes !== undefined) {
          throw new DOMException('PerformanceObserver can not change to multiple observations', 'InvalidModificationError');
        }
        break;
      case 'multiple':
        if (type !== undefined) {
          throw new DOMException('PerformanceObserver can not change to single observation', 'InvalidModificationError');
        }
        break;
    }
    if (this[kObsType] === 'multiple') {
      if (!Array.isArray(entryTypes)) throw invalidArgType('options.entryTypes', 'string[]', entryTypes);
      this[kEntryTypes].clear();
      for (const t of entryTypes) if (supportedEntryTypes.includes(t)) this[kEntryTypes].add(t);
    } else {
      if (!supportedEntryTypes.includes(type)) return;
      this[kEntryTypes].add(type);
      if (buffered) {
        this[kBuffer].push(...filterTimeline(undefined, type));
        pending.add(this);
        queueDispatch();
      }
    }
    if (this[kEntryTypes].size) observers.add(this);
    else this.disconnect();
  }

  disconnect() {
    observers.delete(this);
    pending.delete(this);
    this[kBuffer] = [];
    this[kEntryTypes].clear();
    this[kObsType] = undefined;
  }

  takeRecords() {
    const list = this[kBuffer];
    this[kBuffer] = [];
    return list;
  }

  static get supportedEntryTypes() { return supportedEntryTypes; }

  [kMaybeBuffer](entry) {
    if (!this[kEntryTypes].has(entry.entryType)) return;
    this[kBuffer].push(entry);
    pending.add(this);
    queueDispatch();
  }

  [kDispatch]() {
    this[kCallback](new PerformanceObserverEntryList(kSkip, this.takeRecords()), this);
  }

  [customInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = Object.assign({}, options, { depth: options.depth == null ? null : options.depth - 1 });
    return `PerformanceObserver ${inspect({ connected: observers.has(this), pending: pending.has(this),
      entryTypes: Array.from(this[kEntryTypes]), buffer: this[kBuffer] }, opts)}`;
  }
}

class PerformanceResourceTiming extends PerformanceEntry {
  constructor() { throw illegalConstructor(); }
}

const constants = {
  NODE_PERFORMANCE_GC_MAJOR: 4,
  NODE_PERFORMANCE_GC_MINOR: 1,
  NODE_PERFORMANCE_GC_INCREMENTAL: 8,
  NODE_PERFORMANCE_GC_WEAKCB: 16,
  NODE_PERFORMANCE_GC_FLAGS_NO: 0,
  NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
  NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
  NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
  NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
  NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
  NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
};

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  monitorEventLoopDelay,
  createHistogram,
  performance,
  constants,
};
