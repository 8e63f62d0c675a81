// stream/consumers over web streams and async iterables.
const { text, json, buffer, arrayBuffer, blob } = require('stream/consumers');
(async () => {
  console.log(await text(ReadableStream.from(['web ', 'text'])));
  console.log(await json(ReadableStream.from([new TextEncoder().encode('{"a":1}')])));
  const bytes = new ReadableStream({
    type: 'bytes',
    start(c) {
      c.enqueue(new Uint8Array([104, 105]));
      c.close();
    },
  });
  console.log(await buffer(bytes));
  async function* gen() {
    yield 'gen';
    yield Buffer.from('-erated');
  }
  console.log(await text(gen()));
  console.log((await arrayBuffer(gen())).byteLength);
  console.log(await blob(ReadableStream.from([new Uint8Array([1, 2, 3])])));
  const errored = new ReadableStream({ start(c) { c.error(new Error('web failed')); } });
  try {
    await text(errored);
  } catch (e) {
    console.log('rejected', e.message);
  }
  const enc = new TextEncoderStream();
  const w = enc.writable.getWriter();
  w.write('through ');
  w.write('encoder');
  w.close();
  console.log(await text(enc.readable));
})();
