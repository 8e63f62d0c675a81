const util = require('util');
class Money { constructor(a, c) { this.a = a; this.c = c; } [util.inspect.custom](depth, opts, inspect) { return `Money<${this.a} ${this.c}> depth=${depth} ${typeof inspect}`; } }
console.log(new Money(5, 'EUR'), [new Money(1, 'USD')], { nested: { m: new Money(2, 'GBP') } });
console.log({ [util.inspect.custom]: () => ({ replaced: true }) }, { [util.inspect.custom]: () => 42 });
console.log(util.inspect(new Money(1, 'X'), { customInspect: false }));
const resolved = Promise.resolve({ v: [1, 2] });
const rejected = Promise.reject(new RangeError('nope')); rejected.catch(() => {});
const pending = new Promise(() => {});
console.log(resolved, pending, util.inspect(rejected).split('\n')[0]);
(async () => {
  const later = new Promise((r) => setTimeout(() => r('done'), 5));
  console.log(later);
  await later;
  console.log(later, Promise.resolve(undefined), Promise.resolve(Promise.resolve(3)));
  const target = { secret: 1 };
  const handler = { get: (t, k) => (k === 'secret' ? 'intercepted' : t[k]) };
  const p = new Proxy(target, handler);
  console.log(p, p.secret, util.inspect(p, { showProxy: true }), util.types.isProxy(p), util.types.isProxy(target));
  const { proxy, revoke } = Proxy.revocable({}, {}); revoke();
  console.log(util.inspect(proxy), util.inspect(new Proxy(function named() {}, {})), util.inspect(new Proxy([1, 2], {})));
  const getters = { get g() { return { deep: 1 }; }, set s(v) {}, get both() { return 1; }, set both(v) {} };
  console.log(getters, util.inspect(getters, { getters: true }), util.inspect(getters, { getters: 'get' }));
})();
