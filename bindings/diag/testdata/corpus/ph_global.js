// The global performance has the user timing API before perf_hooks loads.
performance.mark('early', { startTime: 3 });
console.log(performance.getEntriesByName('early').length, typeof performance.measure, typeof performance.timerify);
const { performance: p } = require('perf_hooks');
console.log(p === performance, p.getEntriesByName('early')[0].startTime);
console.log(Object.prototype.toString.call(performance), performance.constructor.name);
console.log(typeof performance.now(), performance.now() > 0, performance.timeOrigin > 0);
const j = performance.toJSON();
console.log(Object.keys(j).join(), typeof j.timeOrigin, j.nodeTiming.name);
