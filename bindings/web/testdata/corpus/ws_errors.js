// WritableStream errors: abort, writes after close, released writers and a
// failing sink, with Node's codes.
function show(label, e) {
  console.log(label, e.name, e.code, e.message);
}
(async () => {
  const tries = {
    'second writer': () => { const w = new WritableStream(); w.getWriter(); w.getWriter(); },
    'abort locked': () => { const w = new WritableStream(); w.getWriter(); return w.abort(); },
    'close locked': () => { const w = new WritableStream(); w.getWriter(); return w.close(); },
    'close twice': () => { const w = new WritableStream().getWriter(); w.close(); return w.close(); },
    'write after close': () => { const w = new WritableStream().getWriter(); w.close(); return w.write(1); },
    'write released': () => { const w = new WritableStream().getWriter(); w.releaseLock(); return w.write(1); },
    'controller ctor': () => new WritableStreamDefaultController(),
  };
  for (const [k, f] of Object.entries(tries)) {
    try {
      await f();
      console.log(k, 'ok');
    } catch (e) {
      show(k, e);
    }
  }
  let abortReason;
  const ws = new WritableStream({ abort(r) { abortReason = r; } });
  const w = ws.getWriter();
  await w.abort('stop');
  console.log('aborted with', abortReason, ws);
  try {
    await w.closed;
  } catch (e) {
    console.log('closed rejects with', e);
  }
  const failing = new WritableStream({ write() { throw new Error('sink boom'); } });
  const fw = failing.getWriter();
  try {
    await fw.write('x');
  } catch (e) {
    console.log('write rejected', e.message, failing);
  }
  let signalSeen;
  const withSignal = new WritableStream({
    start(c) { signalSeen = c.signal; },
  });
  await withSignal.abort('why');
  console.log(signalSeen.aborted, signalSeen.reason);
})();
