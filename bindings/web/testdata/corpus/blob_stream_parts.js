// Blob.stream() gives one chunk per part; bytes are copied on the way in and out.
(async () => {
  for (const b of [new Blob(['ab', 'cd']), new Blob(['ab', 'cd']).slice(1, 3), new Blob([new Blob(['x', 'y']), 'z']), new Blob([]),
    new Blob([new Uint8Array(200000), 'x']), new Blob(['', 'a', new Uint8Array(0), 'b']), new Blob(['abc', 'def']).slice(2, 5)]) {
    const sizes = [];
    for await (const c of b.stream()) sizes.push(c.byteLength);
    console.log(sizes, b.size, JSON.stringify(await b.text()).slice(0, 20));
  }
  const r = new Blob(['hello', 'world']).stream().getReader({ mode: 'byob' });
  const { value } = await r.read(new Uint8Array(3));
  console.log(value, Buffer.from(value).toString());
  const src = new Uint8Array([1, 2, 3]);
  const b = new Blob([src]);
  src[0] = 9;
  const out = await b.bytes();
  out[1] = 9;
  console.log(await b.bytes());
})();
