// Readable.toWeb: chunks (bytes as Uint8Array, objects as they are), end,
// errors, backpressure, cancel destroying the source.
const { Readable, PassThrough } = require('stream');
(async () => {
  const web = Readable.toWeb(Readable.from(['a', 'b']));
  console.log(web);
  const got = [];
  for await (const c of web) got.push(c);
  console.log(got);
  const bytes = Readable.toWeb(new Readable({
    read() {
      this.push(Buffer.from('bytes'));
      this.push(null);
    },
  }));
  for await (const c of bytes) console.log(c, Buffer.isBuffer(c));
  const failing = new PassThrough();
  const failingWeb = Readable.toWeb(failing);
  failing.destroy(new Error('node side failed'));
  try {
    await failingWeb.getReader().read();
  } catch (e) {
    console.log('read rejected', e.message);
  }
  const src = new PassThrough();
  src.on('close', () => console.log('source closed', src.destroyed));
  const cancelled = Readable.toWeb(src);
  await cancelled.cancel(new Error('no more'));
  const done = new PassThrough();
  done.destroy();
  const doneWeb = Readable.toWeb(done);
  console.log(await doneWeb.getReader().read());
  const strategyWeb = Readable.toWeb(new PassThrough(), { strategy: { highWaterMark: 2 } });
  console.log(strategyWeb);
  try {
    Readable.toWeb(5);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
})();
