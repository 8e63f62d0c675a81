const v8 = require('v8');
const hex = (v) => { try { return v8.serialize(v).toString('hex'); } catch (e) { return 'throws ' + e.name + ': ' + e.message; } };
const show = (label, v) => console.log(label, hex(v));

show('date', new Date(0));
show('date2', new Date(Date.UTC(2020, 1, 29, 12, 30, 15, 250)));
show('invalid date', new Date(NaN));
show('regexp', /a\/b/gimsuy);
show('empty regexp', new RegExp(''));
show('regexp unicode source', /ሴ+/u);
show('map', new Map([[1, {}], ['k', [2]], [{}, new Map()]]));
show('set', new Set([1, 'a', {}, new Set()]));
show('map subclass', new (class M extends Map {})([[1, 2]]));
show('boxed', [new Number(1), new Number(1.5), new String('s'), new String('ሴ'), new Boolean(true), new Boolean(false), Object(5n)]);
