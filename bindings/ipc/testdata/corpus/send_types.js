'use strict';
const { fork } = require('child_process');
const path = require('path');
const child = fork(path.join(__dirname, '_echo.js'));
const values = [
  'str', '', 0, -0, 1.5, -1e21, NaN, Infinity, true, false, null,
  [1, undefined, () => 1, Symbol('s'), null], { a: undefined, b: () => 1, c: Symbol('x'), d: 1 },
  new Date(86400000), { toJSON() { return { replaced: true }; } }, new Map([[1, 2]]), new Set([1]),
  Buffer.from('hi'), new Uint8Array([1, 2]), /re/g, new Error('boom'), { nested: { deep: { deeper: [[[]]] } } },
  'h\u00e9llo \u2603 \ud83d\ude00 \n\t"quoted" \\ back', { '__proto__': { x: 1 }, 'y': 2 }, Object.create(null),
  { 2: 'b', 1: 'a', z: 'z', 10: 'ten' },
];
let i = 0;
child.on('message', (m) => {
  console.log(i, typeof m, JSON.stringify(m), Array.isArray(m), m !== null && typeof m === 'object' ? Object.keys(m).join(',') : '');
  if (++i === values.length) child.disconnect();
});
for (const v of values) child.send(v);
