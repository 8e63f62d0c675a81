// Byte stream, size and respond() errors name the offending value as Node does.
const show = (k, e) => console.log(k, e.name, e.code, e.message);
(async () => {
  const tries = {
    byteEnqueue: () => { let c; new ReadableStream({ type: 'bytes', start(x) { c = x; } }); c.enqueue(5); },
    byteEnqueueEmpty: () => { let c; new ReadableStream({ type: 'bytes', start(x) { c = x; } }); c.enqueue(new Uint8Array(0)); },
    byteClosed: () => { let c; new ReadableStream({ type: 'bytes', start(x) { c = x; } }); c.close(); c.enqueue(new Uint8Array(1)); },
    byobReadNum: () => new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' }).read(5),
    sizeNeg: () => { let c; new ReadableStream({ start(x) { c = x; } }, { size() { return -1; } }); c.enqueue(1); },
    sizeNaN: () => { let c; new ReadableStream({ start(x) { c = x; } }, { size() { return NaN; } }); c.enqueue(1); },
    wsSizeNeg: () => { const w = new WritableStream({}, { size() { return -1; } }).getWriter(); return w.write(1); },
    respondBad: () => { let c; const r = new ReadableStream({ type: 'bytes', pull(x) { c = x; x.byobRequest.respond(100); } }); return r.getReader({ mode: 'byob' }).read(new Uint8Array(4)); },
  };
  for (const [k, f] of Object.entries(tries)) {
    try { await f(); console.log(k, 'ok'); } catch (e) { show(k, e); }
  }
})();
