const v8 = require('v8');
const hex = (v) => { try { return v8.serialize(v).toString('hex'); } catch (e) { return 'throws ' + e.name + ': ' + e.message; } };
const show = (label, v) => console.log(label, hex(v));

show('empty', []);
show('smi', [1, 2, 3]);
show('doubles', [1.5, 2, -0]);
show('mixed', [1, 'a', 2.5, null]);
show('holey', [1, , 3]);
show('trailing hole', [1, 2, ,]);
show('with props', Object.assign([1, 2], { x: 1, 5: 'five' }));
show('nested', [[[]], [1]]);
show('undefined elements', [undefined, null, true, false]);
const sparse = []; sparse[10] = 'x'; sparse.foo = 'bar';
show('sparse', sparse);
show('deleted', (() => { const a = [1, 2, 3]; delete a[1]; return a; })());
show('accessor element', Object.defineProperty([1, 2], 0, { get() { return 9; }, enumerable: true }));
