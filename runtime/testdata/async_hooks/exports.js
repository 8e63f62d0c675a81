// The module's shape.
const ah = require('async_hooks');
const nodeAh = require('node:async_hooks');

console.log(Object.keys(ah), ah === nodeAh);
console.log(Object.getOwnPropertyNames(ah.AsyncLocalStorage.prototype));
console.log(Object.getOwnPropertyNames(ah.AsyncResource.prototype));
console.log(typeof ah.AsyncLocalStorage.bind, typeof ah.AsyncLocalStorage.snapshot, typeof ah.AsyncResource.bind);
console.log(Object.isFrozen(ah.asyncWrapProviders), ah.asyncWrapProviders.PROMISE, ah.asyncWrapProviders.TIMERWRAP);
console.log(ah.executionAsyncId(), ah.triggerAsyncId(), typeof ah.executionAsyncResource());
const hook = ah.createHook({});
console.log(hook.enable() === hook, hook.disable() === hook);
try {
  ah.createHook({ init: 1 });
} catch (e) {
  console.log(e.name, e.code, e.message);
}
