// createHook sees resources scheduled and run; callbacks get ids that link a
// resource to the context that made it.
const ah = require('async_hooks');
const fs = require('fs');

const events = [];
const types = new Map();
const hook = ah.createHook({
  init(id, type, trigger) { types.set(id, type); if (type === 'Timeout' || type === 'Immediate' || type === 'TickObject') events.push('init ' + type); },
  before(id) { if (types.has(id)) events.push('before ' + types.get(id)); },
  after(id) { if (types.has(id)) events.push('after ' + types.get(id)); },
});
hook.enable();
setTimeout(() => {
  events.push('timeout ran');
  process.nextTick(() => {
    events.push('tick ran');
    setImmediate(() => {
      events.push('immediate ran');
      hook.disable();
      fs.writeSync(1, events.filter((e) => /Timeout|Immediate|TickObject|ran/.test(e)).join('\n') + '\n');
    });
  });
}, 1);
