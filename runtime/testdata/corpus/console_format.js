console.log('%s is %d years', 'Bob', 42.5);
console.log('%i %f %j', 42.9, '3.5', { a: 1 });
console.log('%o', [1, { a: 2 }]);
console.log('100%', 'done', '%%', 5);
console.log('%s', null, undefined, 1n, Symbol('s'));
console.log({ nested: { deeper: { deepest: { gone: 1 } } }, arr: new Array(120).fill(0).length });
console.log([1, 'two', [3, [4, [5, [6]]]]]);
console.log(new Set(['a']), new Map([['k', { v: 1 }]]), [undefined, null]);
class Foo { constructor() { this.x = 1; } }
console.log(new Foo(), [new Foo()], Object.create(null));
const circ = { name: 'c' }; circ.self = circ;
console.log(circ);
console.log(-0, [-0], 1e21, 0.1 + 0.2, NaN, Infinity);
console.log('multi\nline', ['multi\nline']);
console.log(function named() {}, () => {}, class K {}, async function af() {});
console.log(new Date(0).toISOString(), /re+/gi, new Error('err msg').message);
console.info('info'); console.debug('debug');
