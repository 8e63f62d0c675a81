const v8 = require('v8');
const hex = (v) => { try { return v8.serialize(v).toString('hex'); } catch (e) { return 'throws ' + e.name + ': ' + e.message; } };
const show = (label, v) => console.log(label, hex(v));

for (const v of [undefined, null, true, false, 0, 1, -1, 63, 64, -64, -65, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, -(2 ** 31) - 1, 0.5, -0, NaN, Infinity, -Infinity, 1e300, Number.MAX_SAFE_INTEGER, 5e-324]) show(String(Object.is(v, -0) ? '-0' : v), v);
for (const v of [0n, 1n, -1n, 2n ** 64n, -(2n ** 64n) + 1n, 123456789012345678901234567890n, 2n ** 63n]) show(v + 'n', v);
