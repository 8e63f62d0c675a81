// TextEncoderStream: strings to UTF-8 chunks, surrogate pairs split across
// chunks, a lone surrogate at the end.
(async () => {
  const enc = new TextEncoderStream();
  console.log(enc.encoding, enc);
  const w = enc.writable.getWriter();
  w.write('héllo');
  w.write('\ud83d');
  w.write('\ude00!');
  w.write('\ud800');
  w.close();
  const chunks = [];
  for await (const c of enc.readable) chunks.push(Array.from(c));
  console.log(chunks);
  const e2 = new TextEncoderStream();
  const w2 = e2.writable.getWriter();
  w2.write(42);
  w2.close();
  for await (const c of e2.readable) console.log(c);
  try {
    Object.getOwnPropertyDescriptor(TextEncoderStream.prototype, 'encoding').get.call({});
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
})();
