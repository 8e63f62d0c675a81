// Byte streams: BYOB reads into the caller's buffer, byobRequest.respond,
// and a default reader on a byte stream.
(async () => {
  const bytes = new ReadableStream({
    type: 'bytes',
    start(c) {
      c.enqueue(new Uint8Array([1, 2, 3, 4, 5]));
      c.close();
    },
  });
  console.log(bytes);
  const reader = bytes.getReader({ mode: 'byob' });
  console.log(reader);
  let r = await reader.read(new Uint8Array(2));
  console.log(r.value, r.done);
  r = await reader.read(new Uint8Array(8));
  console.log(r.value, r.done);
  r = await reader.read(new Uint8Array(8));
  console.log(r.value, r.done);
  let n = 0;
  const pulled = new ReadableStream({
    type: 'bytes',
    autoAllocateChunkSize: 4,
    pull(c) {
      const req = c.byobRequest;
      req.view[0] = 65 + n;
      req.respond(1);
      if (++n === 3) c.close();
    },
  });
  const chunks = [];
  for await (const c of pulled) chunks.push(Buffer.from(c).toString());
  console.log(chunks);
  try {
    await new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' }).read(new Uint8Array(0));
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
})();
