const { performance, PerformanceObserver, createHistogram } = require('perf_hooks');
function add(a, b) { return a + b; }
const h = createHistogram();
const timed = performance.timerify(add, { histogram: h });
console.log(timed.name, timed.length, timed(2, 3), h.count, h.min >= 1);
const obs = new PerformanceObserver((list) => {
  const e = list.getEntries()[0];
  console.log(e.name, e.entryType, typeof e.duration, e.detail);
  obs.disconnect();
});
obs.observe({ entryTypes: ['function'] });
timed(4, 5);
class Point { constructor(x) { this.x = x; } }
const P = performance.timerify(Point);
console.log(new P(1).x, new P(2) instanceof Point);
const asyncTimed = performance.timerify(async () => 7);
asyncTimed().then((v) => console.log('async', v));
console.log(performance.getEntriesByType('function').length);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.code, e.message); } };
t('not fn', () => performance.timerify(1));
t('bad histogram', () => performance.timerify(add, { histogram: {} }));
t('bad options', () => performance.timerify(add, 1));
