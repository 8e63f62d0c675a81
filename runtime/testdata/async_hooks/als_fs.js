// fs callbacks and promises run in their caller's context.
const { AsyncLocalStorage } = require('async_hooks');
const fs = require('fs');
const als = new AsyncLocalStorage();

als.run('cb', () => {
  fs.readFile(__filename, () => {
    console.log('readFile', als.getStore());
    als.run('promises', async () => {
      await fs.promises.stat(__filename);
      console.log('stat', als.getStore());
      const stream = fs.createReadStream(__filename);
      stream.on('data', () => {});
      stream.on('end', () => console.log('stream end', als.getStore()));
    });
  });
});
