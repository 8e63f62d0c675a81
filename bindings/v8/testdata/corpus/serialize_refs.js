const v8 = require('v8');
const hex = (v) => { try { return v8.serialize(v).toString('hex'); } catch (e) { return 'throws ' + e.name + ': ' + e.message; } };
const show = (label, v) => console.log(label, hex(v));

const o = {}; o.self = o; o.arr = [o];
show('cycle', o);
const shared = { s: 1 };
show('shared', [shared, shared, { inner: shared }]);
const m = new Map(); m.set(m, m);
show('map cycle', m);
const d = new Date(5);
show('same date', [d, d]);
const a = []; a.push(a);
show('array cycle', a);
