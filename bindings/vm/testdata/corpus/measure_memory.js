// measureMemory resolves with an estimate; its options are checked.
const vm = require('vm');
process.removeAllListeners('warning');
const p = vm.measureMemory();
console.log(p instanceof Promise);
p.then((r) => console.log(typeof r.total.jsMemoryEstimate, Array.isArray(r.total.jsMemoryRange)));
try { vm.measureMemory({ mode: 'x' }) } catch (e) { console.log(e.code, e.message) }
try { vm.measureMemory({ execution: 'y' }) } catch (e) { console.log(e.code, e.message) }
try { vm.measureMemory(1) } catch (e) { console.log(e.code, e.message) }
