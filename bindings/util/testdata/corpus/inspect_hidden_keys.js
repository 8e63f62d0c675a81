const util = require('util');
const o = { 'a-b': 1 }; Object.defineProperty(o, 'x-y', { value: 2 }); Object.defineProperty(o, Symbol('h'), { value: 3 });
console.log(util.inspect(o, { showHidden: true }), util.inspect([1], { showHidden: true }));
console.log(util.inspect(new Error('e'), { showHidden: true }).split('\n')[0]);
