// async_hooks loaded inside an async function, after an await, and used
// from ES module syntax.
await null;
const { AsyncLocalStorage } = await import('node:async_hooks');
const als = new AsyncLocalStorage();
await als.run('late', async () => {
  await new Promise((r) => setTimeout(r, 1));
  console.log('after await', als.getStore());
});
console.log('top', als.getStore());
setTimeout(() => console.log('timer', als.getStore()), 1);
