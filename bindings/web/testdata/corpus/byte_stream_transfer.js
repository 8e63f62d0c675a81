'use strict';
// A byte stream moves the buffer of each chunk enqueued and of each view
// a BYOB read fills: the caller's buffer is detached, and the reader gets
// the same bytes in a buffer of its own.
const { ReadableStream } = require('stream/web');

(async () => {
  let ctl;
  const s = new ReadableStream({ type: 'bytes', start(c) { ctl = c; } });
  const whole = new Uint8Array([1, 2, 3, 4, 5, 6]);
  const part = whole.subarray(2, 5);
  ctl.enqueue(part);
  console.log('after enqueue', part.byteLength, whole.byteLength, whole.buffer.byteLength);
  try {
    ctl.enqueue(whole);
  } catch (e) {
    console.log('enqueue detached:', e.name, e.code, e.message);
  }
  const r = s.getReader();
  const { value } = await r.read();
  console.log('read', value, value.byteOffset, value.buffer.byteLength);
  r.releaseLock();

  const s2 = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const v = c.byobRequest.view;
      v[0] = 7;
      v[1] = 8;
      c.byobRequest.respond(2);
    },
  });
  const br = s2.getReader({ mode: 'byob' });
  const view = new Uint8Array(new ArrayBuffer(8), 1, 4);
  const res = await br.read(view);
  console.log('byob', view.byteLength, view.buffer.byteLength, res.value, res.value.byteOffset, res.value.buffer.byteLength);
  try {
    await br.read(view);
  } catch (e) {
    console.log('byob detached:', e.name, e.code, e.message);
  }

  const blob = new Blob([Buffer.from('abc'), 'de']);
  const parts = [];
  for await (const c of blob.stream()) parts.push(Buffer.from(c).toString());
  console.log('blob twice', parts, await blob.text());
})();
