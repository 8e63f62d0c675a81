// desiredSize and pull follow the strategy's highWaterMark and size.
(async () => {
  const log = [];
  let ctl;
  const rs = new ReadableStream({
    start(c) { ctl = c; log.push('start ' + c.desiredSize); },
    pull(c) { log.push('pull ' + c.desiredSize); c.enqueue('x'); },
  }, { highWaterMark: 3 });
  await new Promise((r) => setTimeout(r, 5));
  console.log(log, ctl.desiredSize);
  const reader = rs.getReader();
  await reader.read();
  await new Promise((r) => setTimeout(r, 5));
  console.log(log.length, ctl.desiredSize);
  const sized = new ReadableStream({
    start(c) {
      c.enqueue('abcd');
      console.log('after 4 chars', c.desiredSize);
    },
  }, { highWaterMark: 10, size: (chunk) => chunk.length });
  void sized;
  const bl = new ReadableStream({
    start(c) {
      c.enqueue(new Uint8Array(6));
      console.log('bytes desired', c.desiredSize);
    },
  }, new ByteLengthQueuingStrategy({ highWaterMark: 16 }));
  void bl;
  try {
    new ReadableStream({ start(c) { c.enqueue(1); } }, { size() { return -1; } });
  } catch (e) {
    console.log('bad size', e.name);
  }
})();
