// AsyncResource captures the context it was made in; bind and
// runInAsyncScope restore it.
const { AsyncLocalStorage, AsyncResource } = require('async_hooks');
const als = new AsyncLocalStorage();

const res = als.run('made', () => new AsyncResource('MyResource'));
console.log(res.runInAsyncScope(function (a) { return [this.tag, a, als.getStore()]; }, { tag: 't' }, 'arg'));
console.log(typeof res.asyncId(), typeof res.triggerAsyncId(), res.asyncId() > res.triggerAsyncId());
console.log(res.emitDestroy() === res);
const bound = als.run('bound', () => AsyncResource.bind(function named(x, y) { return [x, y, als.getStore()]; }));
console.log(bound.name, bound.length, bound(1, 2));
const boundThis = res.bind(function () { return [this && this.k, als.getStore()]; }, { k: 'this' });
console.log(boundThis());
const snap = als.run('snap', () => AsyncLocalStorage.snapshot());
console.log(snap(() => als.getStore()), als.getStore());
const lsBound = als.run('lsbind', () => AsyncLocalStorage.bind(() => als.getStore()));
console.log(lsBound());
for (const bad of [() => new AsyncResource(), () => new AsyncResource(1), () => res.bind(1),
  () => new AsyncResource('X', { triggerAsyncId: -2 }), () => new AsyncResource('X', { triggerAsyncId: 1.5 })]) {
  try {
    bad();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
