// A WritableStream writer: writes in order, ready and desiredSize, close,
// and the states along the way.
(async () => {
  const log = [];
  const ws = new WritableStream({
    start() { log.push('start'); },
    write(chunk) {
      log.push('write ' + chunk);
      return new Promise((r) => setTimeout(r, 1));
    },
    close() { log.push('close'); },
  }, new CountQueuingStrategy({ highWaterMark: 2 }));
  const w = ws.getWriter();
  console.log(ws, w.desiredSize);
  w.write('a');
  w.write('b');
  console.log('desired after two', w.desiredSize);
  await w.ready;
  await w.write('c');
  await w.close();
  await w.closed;
  console.log(log, ws);
  w.releaseLock();
  console.log(ws.locked);
})();
