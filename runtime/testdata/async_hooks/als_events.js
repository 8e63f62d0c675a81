// EventEmitter listeners run synchronously, in the emitter's caller context.
const { AsyncLocalStorage } = require('async_hooks');
const EventEmitter = require('events');
const als = new AsyncLocalStorage();

const ee = new EventEmitter();
als.run('listener', () => ee.on('x', () => console.log('x', als.getStore())));
ee.emit('x');
als.run('emitter', () => ee.emit('x'));
als.run('once', async () => {
  setTimeout(() => ee.emit('y', 1), 1);
  const [v] = await EventEmitter.once(ee, 'y');
  console.log('once', v, als.getStore());
});
