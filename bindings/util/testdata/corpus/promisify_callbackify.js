const util = require('util');
function legacy(a, b, cb) { setImmediate(() => (a < 0 ? cb(new Error('neg')) : cb(null, a + b, 'extra'))); }
const p = util.promisify(legacy);
(async () => {
  console.log(await p(1, 2));
  try { await p(-1, 0); } catch (e) { console.log('rejected:', e.message); }
  const custom = function () {}; custom[util.promisify.custom] = () => Promise.resolve('custom!');
  console.log(util.promisify(custom) === custom[util.promisify.custom], await util.promisify(custom)());
  const thrower = util.promisify(() => { throw new Error('sync'); });
  await thrower().catch((e) => console.log('sync throw ->', e.message));
  console.log(await util.promisify(setTimeout)(1, 'timer value'));
  console.log(await util.promisify(setImmediate)('immediate value'));
  console.log(typeof setTimeout[util.promisify.custom], util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
  const obj = { v: 7, get(cb) { cb(null, this.v); } };
  console.log(await util.promisify(obj.get).call(obj));
  const cb = util.callbackify(async function twice(x) { return x * 2; });
  console.log(cb.name, cb.length);
  cb(21, (err, v) => console.log('callbackified', err, v));
  util.callbackify(async () => { throw new TypeError('bad'); })((err) => console.log('err', err.name, err.message));
  util.callbackify(() => Promise.reject(0))((err) => console.log(err.code, err.message, err.reason));
  try { util.callbackify(async () => 1)(1); } catch (e) { console.log(e.code, e.message); }
  try { util.promisify('x'); } catch (e) { console.log(e.code, e.message); }
  function Animal(n) { this.n = n; } Animal.prototype.speak = function () { return this.n + ' speaks'; };
  function Dog(n) { Animal.call(this, n); } util.inherits(Dog, Animal);
  console.log(new Dog('rex').speak(), Dog.super_ === Animal, new Dog('a') instanceof Animal);
  try { util.inherits(Dog, null); } catch (e) { console.log(e.code, e.message); }
  const dep = util.deprecate(function old(x) { return x + 1; }, 'old() is deprecated', 'DEP_TEST');
  console.log(dep(1), dep(2), dep.name);
  try { util.deprecate(() => {}, 'm', 5); } catch (e) { console.log(e.code, e.message); }
  process.on('warning', (w) => console.log('warning event:', w.name, w.code, w.message));
})();
