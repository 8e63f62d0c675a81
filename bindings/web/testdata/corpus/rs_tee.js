// tee(): both branches see every chunk; cancelling both cancels the source.
(async () => {
  const rs = new ReadableStream({
    start(c) {
      c.enqueue('one');
      c.enqueue('two');
      c.close();
    },
  });
  const [a, b] = rs.tee();
  console.log(rs.locked, a, b);
  const read = async (s) => {
    const out = [];
    for await (const x of s) out.push(x);
    return out;
  };
  console.log(await read(a), await read(b));
  let reason;
  const src = new ReadableStream({ cancel(r) { reason = r; } });
  const [x, y] = src.tee();
  const first = x.cancel('r1');
  await new Promise((r) => setTimeout(r, 1));
  console.log('after one cancel', reason);
  await Promise.all([first, y.cancel('r2')]);
  console.log('after both', reason);
  const errSrc = new ReadableStream({ start(c) { c.error(new Error('tee boom')); } });
  const [e1, e2] = errSrc.tee();
  for (const s of [e1, e2]) {
    try {
      await s.getReader().read();
    } catch (e) {
      console.log('branch error', e.message);
    }
  }
})();
