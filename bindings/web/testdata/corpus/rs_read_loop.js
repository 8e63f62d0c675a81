// A ReadableStream's reader: chunks in order, then done; state as it goes.
const rs = new ReadableStream({
  start(c) {
    c.enqueue('a');
    c.enqueue('b');
    c.close();
  },
});
console.log(rs);
const reader = rs.getReader();
console.log(rs.locked, reader);
(async () => {
  for (;;) {
    const r = await reader.read();
    console.log(r);
    if (r.done) break;
  }
  console.log(rs);
  await reader.closed;
  console.log('closed resolved');
  reader.releaseLock();
  console.log(rs.locked);
})();
