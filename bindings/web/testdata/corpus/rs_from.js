// ReadableStream.from over arrays, strings, generators and async iterables.
async function all(rs) {
  const out = [];
  for await (const x of rs) out.push(x);
  return out;
}
(async () => {
  console.log(await all(ReadableStream.from([1, 2, 3])));
  console.log(await all(ReadableStream.from('hi')));
  console.log(await all(ReadableStream.from(new Set(['x', 'y']))));
  function* gen() { yield 'g1'; yield 'g2'; }
  console.log(await all(ReadableStream.from(gen())));
  const asyncIterable = {
    [Symbol.asyncIterator]() {
      let n = 0;
      return { next: async () => (n < 2 ? { value: 'a' + n++, done: false } : { value: undefined, done: true }) };
    },
  };
  console.log(await all(ReadableStream.from(asyncIterable)));
  console.log(await all(ReadableStream.from([Promise.resolve('p')])));
  const rs = new ReadableStream({ start(c) { c.enqueue('same'); c.close(); } });
  console.log(await all(ReadableStream.from(rs)));
  for (const bad of [5, {}, true]) {
    try {
      ReadableStream.from(bad);
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }
  const failing = {
    [Symbol.iterator]() {
      return { next() { throw new Error('iter boom'); } };
    },
  };
  try {
    await all(ReadableStream.from(failing));
  } catch (e) {
    console.log('rejected', e.message);
  }
})();
