// BYOB reads with min, DataView views, respondWithNewView, and tee of a byte stream.
(async () => {
  const mk = () => new ReadableStream({ type: 'bytes', start(c) { c.enqueue(new Uint8Array([1, 2])); c.enqueue(new Uint8Array([3, 4, 5])); c.close(); } });
  const r = mk().getReader({ mode: 'byob' });
  try {
    const { value } = await r.read(new Uint8Array(8), { min: 4 });
    console.log('min read', value);
  } catch (e) { console.log('min err', e.name, e.code, e.message); }
  const [a, b] = mk().tee();
  const out = [];
  for await (const c of a) out.push(Array.from(c));
  console.log(out, b);
  const dv = await mk().getReader({ mode: 'byob' }).read(new DataView(new ArrayBuffer(4)));
  console.log(dv.value);
  const rs = new ReadableStream({ type: 'bytes', pull(c) { const v = c.byobRequest.view; v[0] = 7; c.byobRequest.respondWithNewView(v.subarray(0, 1)); c.close(); } });
  console.log(await rs.getReader({ mode: 'byob' }).read(new Uint8Array(3)));
})();
