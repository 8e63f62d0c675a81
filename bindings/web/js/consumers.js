'use strict';
// Node's stream/consumers: read a whole Node stream, web ReadableStream or
// async iterable into a Blob, ArrayBuffer, Buffer, string or JSON value.

// each calls fn with every chunk of stream, in order, and resolves when the
// stream ends (or rejects with its error).
function each(stream, fn) {
  const iter = stream[Symbol.asyncIterator]();
  return new Promise((resolve, reject) => {
    const step = () => {
      let p;
      try {
        p = Promise.resolve(iter.next());
      } catch (err) {
        reject(err);
        return;
      }
      p.then((r) => {
        if (r.done) {
          resolve();
          return;
        }
        try {
          fn(r.value);
        } catch (err) {
          reject(err);
          return;
        }
        step();
      }, reject);
    };
    step();
  });
}

async function blob(stream) {
  const chunks = [];
  await each(stream, (chunk) => chunks.push(chunk));
  return new (require('internal/blob').Blob)(chunks);
}

async function arrayBuffer(stream) {
  const b = await blob(stream);
  return b.arrayBuffer();
}

async function buffer(stream) {
  return Buffer.from(await arrayBuffer(stream));
}

async function text(stream) {
  const decoder = new (require('util').TextDecoder)();
  let str = '';
  await each(stream, (chunk) => {
    if (typeof chunk === 'string') str += chunk;
    else str += decoder.decode(chunk, { stream: true });
  });
  return str + decoder.decode(undefined, { stream: false });
}

async function json(stream) {
  return JSON.parse(await text(stream));
}

module.exports = { arrayBuffer, blob, buffer, text, json };
