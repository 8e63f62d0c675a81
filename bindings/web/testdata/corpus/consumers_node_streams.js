// stream/consumers over Node streams.
const { Readable, PassThrough } = require('stream');
const consumers = require('stream/consumers');
console.log(Object.keys(consumers));
(async () => {
  console.log(await consumers.text(Readable.from(['a', 'b', 'c'])));
  console.log(await consumers.text(Readable.from([Buffer.from([0xe2, 0x82]), Buffer.from([0xac])])));
  console.log(await consumers.json(Readable.from(['{"k":', '[1,2]}'])));
  console.log(await consumers.buffer(Readable.from([Buffer.from('xy'), Buffer.from('z')])));
  const ab = await consumers.arrayBuffer(Readable.from([Buffer.from('ab')]));
  console.log(ab instanceof ArrayBuffer, ab.byteLength);
  const b = await consumers.blob(Readable.from([Buffer.from('blob!')]));
  console.log(b, await b.text());
  const pt = new PassThrough();
  setTimeout(() => {
    pt.write('late ');
    pt.end('data');
  }, 2);
  console.log(await consumers.text(pt));
  const failing = new Readable({ read() { this.destroy(new Error('src failed')); } });
  try {
    await consumers.text(failing);
  } catch (e) {
    console.log('rejected', e.message);
  }
  try {
    await consumers.json(Readable.from(['{bad']));
  } catch (e) {
    console.log(e.name);
  }
})();
