const { performance, monitorEventLoopDelay } = require('perf_hooks');
const elu0 = performance.eventLoopUtilization();
console.log('before loop', JSON.stringify(elu0));
const d = monitorEventLoopDelay({ resolution: 5 });
console.log(d.constructor.name, d.enable(), d.enable());
setTimeout(() => {
  const start = Date.now();
  while (Date.now() - start < 60);
  setTimeout(() => {
    console.log(d.disable(), d.disable());
    console.log(d.count > 3, d.min > 0, d.max >= 40e6, d.max >= d.min, d.mean > 0, d.percentile(50) >= d.min);
    const elu = performance.eventLoopUtilization();
    console.log(Object.keys(elu).join(), elu.idle > 0, elu.active > 0, elu.utilization > 0 && elu.utilization <= 1);
    const later = performance.eventLoopUtilization(elu);
    console.log(Object.keys(later).join(), typeof later.utilization);
    const diff = performance.eventLoopUtilization(later, elu);
    console.log(typeof diff.idle);
    const nt = performance.nodeTiming;
    console.log(nt.name, nt.entryType, nt.loopStart > 0, nt.loopExit, nt.idleTime > 0, Object.keys(nt.toJSON()).join());
    console.log(Object.keys(performance.toJSON()).join());
  }, 40);
}, 10);
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.code, e.message); } };
t('resolution 0', () => monitorEventLoopDelay({ resolution: 0 }));
t('resolution str', () => monitorEventLoopDelay({ resolution: '1' }));
t('options', () => monitorEventLoopDelay(1));
