// Bad arguments to the constructors give Node's codes and messages.
const cases = {
  'source number': () => new ReadableStream(5),
  'source null': () => new ReadableStream(null),
  'bad type': () => new ReadableStream({ type: 'foo' }),
  'strategy number': () => new ReadableStream({}, 5),
  'negative hwm': () => new ReadableStream({}, { highWaterMark: -1 }),
  'NaN hwm': () => new ReadableStream({}, { highWaterMark: 'a' }),
  'size not fn': () => new ReadableStream({}, { size: 5 }),
  'bytes with size': () => new ReadableStream({ type: 'bytes' }, { size() { return 1; } }),
  'pull not fn': () => new ReadableStream({ pull: 5 }),
  'cancel not fn': () => new ReadableStream({ cancel: 'x' }),
  'zero autoAllocate': () => new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 0 }),
  'byob on default': () => new ReadableStream().getReader({ mode: 'byob' }),
  'bad mode': () => new ReadableStream().getReader({ mode: 'x' }),
  'reader options': () => new ReadableStream().getReader(5),
  'values options': () => new ReadableStream().values(5),
  'reader of object': () => new ReadableStreamDefaultReader({}),
  'reader of number': () => new ReadableStreamDefaultReader(5),
  'sink number': () => new WritableStream(5),
  'sink type': () => new WritableStream({ type: 'x' }),
  'sink write': () => new WritableStream({ write: 5 }),
  'writer of number': () => new WritableStreamDefaultWriter(5),
  'transformer number': () => new TransformStream(5),
  'writable strategy': () => new TransformStream({}, 5),
  'readable strategy': () => new TransformStream({}, {}, 5),
  'readableType': () => new TransformStream({ readableType: 'bytes' }),
  'flush not fn': () => new TransformStream({ flush: 5 }),
  'count no init': () => new CountQueuingStrategy(),
  'count number': () => new CountQueuingStrategy(5),
  'count no hwm': () => new CountQueuingStrategy({}),
  'bytes no hwm': () => new ByteLengthQueuingStrategy({}),
};
for (const [k, f] of Object.entries(cases)) {
  try {
    f();
    console.log(k, 'ok');
  } catch (e) {
    console.log(k, '->', e.name, e.code, e.message);
  }
}
