const { performance } = require('perf_hooks');
performance.mark('c', { startTime: 30 });
performance.mark('a', { startTime: 10 });
performance.mark('b', { startTime: 20 });
performance.measure('m-early', { start: 5, end: 6 });
performance.measure('m-late', { start: 25, end: 40 });
performance.mark('a', { startTime: 15 });
console.log(performance.getEntries().map((e) => `${e.name}@${e.startTime}`).join());
console.log(performance.getEntriesByName('a').map((e) => e.startTime).join());
console.log(performance.measure('from-a', 'a', 'c').startTime, 'latest a wins');
performance.clearMarks('nope');
performance.clearMarks('a');
console.log(performance.getEntriesByType('mark').map((e) => e.name).join());
try { performance.measure('x', 'a'); } catch (e) { console.log(e.name, e.message); }
console.log(performance.getEntriesByType('bogus').length, performance.getEntriesByName(12).length);
performance.mark(12, { startTime: 1 });
console.log(performance.getEntriesByName(12).map((e) => e.name).join());
console.log(JSON.stringify(performance.getEntriesByName('m-late')[0]));
