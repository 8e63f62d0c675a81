// ERR_INVALID_STATE and ERR_INVALID_THIS from readers, controllers and
// locked streams, thrown or as rejections, as Node reports them.
function show(label, e) {
  console.log(label, e.name, e.code, e.message);
}
function tryIt(label, fn) {
  try {
    const r = fn();
    if (r && typeof r.then === 'function') return r.then(() => console.log(label, 'resolved'), (e) => show(label + ' (rejected)', e));
    console.log(label, 'ok');
  } catch (e) {
    show(label, e);
  }
  return undefined;
}
(async () => {
  await tryIt('second reader', () => { const r = new ReadableStream(); r.getReader(); r.getReader(); });
  await tryIt('bad this', () => ReadableStream.prototype.getReader.call({}));
  await tryIt('locked getter', () => Object.getOwnPropertyDescriptor(ReadableStream.prototype, 'locked').get.call(5));
  await tryIt('enqueue after close', () => {
    let c;
    new ReadableStream({ start(x) { c = x; } });
    c.close();
    c.enqueue(1);
  });
  await tryIt('close twice', () => {
    let c;
    new ReadableStream({ start(x) { c = x; } });
    c.close();
    c.close();
  });
  await tryIt('enqueue after error', () => {
    let c;
    new ReadableStream({ start(x) { c = x; } });
    c.error(new Error('x'));
    c.enqueue(1);
  });
  await tryIt('cancel locked', () => { const r = new ReadableStream(); r.getReader(); return r.cancel(); });
  await tryIt('read released', () => { const r = new ReadableStream(); const d = r.getReader(); d.releaseLock(); return d.read(); });
  await tryIt('closed after release', () => { const r = new ReadableStream(); const d = r.getReader(); d.releaseLock(); return d.closed; });
  await tryIt('pending read on release', () => { const r = new ReadableStream(); const d = r.getReader(); const p = d.read(); d.releaseLock(); return p; });
  await tryIt('values of locked', () => { const r = new ReadableStream(); r.getReader(); r.values(); });
  await tryIt('controller ctor', () => new ReadableStreamDefaultController());
  await tryIt('byob request ctor', () => new ReadableStreamBYOBRequest());
  await tryIt('pipeTo locked', () => { const r = new ReadableStream(); r.getReader(); return r.pipeTo(new WritableStream()); });
  await tryIt('pipeTo locked dest', () => { const w = new WritableStream(); w.getWriter(); return new ReadableStream().pipeTo(w); });
  await tryIt('pipeThrough locked', () => { const r = new ReadableStream(); r.getReader(); r.pipeThrough(new TransformStream()); });
})();
