const v8 = require('v8');
const hex = (v) => { try { return v8.serialize(v).toString('hex'); } catch (e) { return 'throws ' + e.name + ': ' + e.message; } };
const show = (label, v) => console.log(label, hex(v));

const mk = (e, stack) => { if (stack === undefined) delete e.stack; else e.stack = stack; return e; };
show('error', mk(new Error('m'), 'S'));
show('type', mk(new TypeError('m'), 'S'));
for (const C of [EvalError, RangeError, ReferenceError, SyntaxError, URIError]) show(C.name, mk(new C('x')));
show('no message', mk(new Error()));
show('cause', mk(new Error('m', { cause: 1 })));
show('cause object', mk(new Error('m', { cause: { deep: [1] } })));
show('subclass', mk(new (class X extends RangeError {})('q')));
show('stack undefined', mk(new Error('q'), undefined));
show('renamed', (() => { const e = mk(new Error('r')); e.name = 'TypeError'; return e; })());
show('extra props dropped', Object.assign(mk(new Error('p')), { code: 'E' }));
show('message getter', (() => { const e = mk(new Error()); Object.defineProperty(e, 'message', { get() { return 'g'; } }); return e; })());
show('number message', (() => { const e = mk(new Error()); e.message = 42; return e; })());
