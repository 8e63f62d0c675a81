'use strict';
// EventEmitterAsyncResource: each emit runs in the emitter's own async
// resource, which async_hooks reports (init with the resource object,
// before/after per emit, destroy on emitDestroy, whose report node defers
// and jsproc makes at once, so it is listed apart); misuse throws node's
// codes.
const { EventEmitterAsyncResource } = require('events');
const { createHook, executionAsyncId, executionAsyncResource, AsyncResource } = require('async_hooks');

const seen = [];
const destroyed = [];
const ids = new Map();
const hook = createHook({
  init(id, type, trigger, resource) {
    if (type === 'Foo' || type === 'Named' || type === 'Plain') {
      ids.set(id, type);
      seen.push(`init ${type} trigger-is-current=${trigger === executionAsyncId()} resource=${resource && resource.constructor.name}`);
    }
  },
  before(id) { if (ids.has(id)) seen.push(`before ${ids.get(id)}`); },
  after(id) { if (ids.has(id)) seen.push(`after ${ids.get(id)}`); },
  destroy(id) { if (ids.has(id)) destroyed.push(`destroy ${ids.get(id)}`); },
}).enable();

class Foo extends EventEmitterAsyncResource {}
const foo = new Foo();
foo.on('x', function (v) {
  seen.push(`listener ${v} in-own-scope=${executionAsyncId() === foo.asyncId} resource-is=${executionAsyncResource() === foo.asyncResource}`);
});
foo.emit('x', 1);
foo.emit('x', 2);
console.log('eventEmitter', foo.asyncResource.eventEmitter === foo, foo.asyncResource.constructor.name);
console.log('ids', typeof foo.asyncId, foo.triggerAsyncId === executionAsyncId());
foo.emitDestroy();

const named = new EventEmitterAsyncResource({ name: 'Named' });
named.emit('y');
const plain = new AsyncResource('Plain');
plain.runInAsyncScope(() => seen.push(`plain resource-is=${executionAsyncResource() === plain}`));

setImmediate(() => {
  hook.disable();
  for (const s of seen) console.log(s);
  console.log(destroyed.join(', '));
  for (const bad of [
    () => new EventEmitterAsyncResource(),
    () => new EventEmitterAsyncResource({ name: 5 }),
    () => EventEmitterAsyncResource.prototype.emit('x'),
    () => EventEmitterAsyncResource.prototype.emitDestroy(),
    () => Reflect.get(EventEmitterAsyncResource.prototype, 'asyncId', {}),
    () => Reflect.get(EventEmitterAsyncResource.prototype, 'asyncResource', {}),
  ]) {
    try {
      bad();
      console.log('no throw');
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }
});
