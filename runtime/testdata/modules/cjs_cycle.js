const a = require('./_lib/cyc_a');
console.log(a);
console.log(require('./_lib/cyc_b'));
