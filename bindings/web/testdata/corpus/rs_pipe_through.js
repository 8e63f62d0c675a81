// pipeThrough a TransformStream and a { writable, readable } pair.
(async () => {
  const upper = new TransformStream({
    transform(chunk, c) { c.enqueue(String(chunk).toUpperCase()); },
    flush(c) { c.enqueue('!'); },
  });
  const out = ReadableStream.from(['a', 'b']).pipeThrough(upper);
  const got = [];
  for await (const x of out) got.push(x);
  console.log(got);
  const pair = new TransformStream();
  const r = ReadableStream.from([1, 2, 3]).pipeThrough({ writable: pair.writable, readable: pair.readable });
  const nums = [];
  for await (const x of r) nums.push(x * 10);
  console.log(nums);
  try {
    ReadableStream.from([1]).pipeThrough(5);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
})();
