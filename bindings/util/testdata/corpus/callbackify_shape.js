// util.callbackify's result is a plain function (its prototype is
// Function.prototype whatever the original was), with the original's own
// properties, length + 1 and a "Callbackified" name.
const { callbackify } = require('util');
async function asyncFn(a, b) { return a + b; }
function* genLike() {}
function promiseFn(x) { return Promise.resolve(x * 2); }
promiseFn.extra = 'kept';
for (const f of [asyncFn, promiseFn, genLike]) {
  const cb = callbackify(f);
  console.log(cb.name, cb.length, Object.getPrototypeOf(cb) === Function.prototype,
    Object.getPrototypeOf(cb) === Object.getPrototypeOf(f), Object.keys(cb));
}
const odd = async () => {};
Object.defineProperty(odd, 'length', { value: 'not a number' });
Object.defineProperty(odd, 'name', { value: 42 });
const cbOdd = callbackify(odd);
console.log(cbOdd.length, cbOdd.name);
callbackify(asyncFn)(1, 2, (err, v) => console.log('asyncFn', err, v));
callbackify(promiseFn)(21, (err, v) => console.log('promiseFn', err, v));
