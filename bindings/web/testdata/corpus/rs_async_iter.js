// for await over a ReadableStream, values({ preventCancel }), and break
// cancelling the stream.
function make(log) {
  let i = 0;
  return new ReadableStream({
    pull(c) {
      i++;
      if (i > 4) c.close();
      else c.enqueue(i);
    },
    cancel(reason) { log.push('cancel ' + reason); },
  });
}
(async () => {
  const log = [];
  for await (const x of make(log)) console.log('all', x);
  const s = make(log);
  for await (const x of s) {
    console.log('first', x);
    break;
  }
  console.log(s.locked, log);
  const keep = make(log);
  for await (const x of keep.values({ preventCancel: true })) {
    console.log('kept', x);
    break;
  }
  console.log(keep.locked, log);
  const rest = [];
  for await (const x of keep) rest.push(x);
  console.log('rest', rest);
  const it = make(log)[Symbol.asyncIterator]();
  console.log(await it.next(), await it.return('r'), await it.next());
  console.log(typeof ReadableStream.prototype[Symbol.asyncIterator], ReadableStream.prototype[Symbol.asyncIterator] === ReadableStream.prototype.values);
})();
