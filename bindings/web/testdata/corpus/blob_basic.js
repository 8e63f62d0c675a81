// Blob: parts of every kind, size and type, slice, text, arrayBuffer,
// bytes and stream.
(async () => {
  const inner = new Blob(['inner']);
  const b = new Blob(['ab', new Uint8Array([99, 100]), new Uint16Array([0x6665]).buffer, inner, 5], { type: 'Text/Plain' });
  console.log(b, b.size, b.type);
  console.log(await b.text());
  const ab = await b.arrayBuffer();
  console.log(ab instanceof ArrayBuffer, ab.byteLength);
  console.log(await b.bytes());
  console.log(b.slice(1, 3), await b.slice(1, 3).text(), await b.slice(-3).text(), await b.slice(2, 1).text());
  console.log(b.slice(0, 2, 'X/Y').type, b.slice(0, 2, 'é').type);
  const chunks = [];
  for await (const c of b.stream()) chunks.push(Buffer.from(c).toString());
  console.log(chunks.join(''));
  console.log(new Blob(), new Blob([], null), new Blob([], { type: 'é' }).type);
  console.log(new Blob(['a\nb\r\nc'], { endings: 'native' }).size, new Blob(['a\nb'], { endings: 'transparent' }).size);
  console.log(Object.prototype.toString.call(b), b instanceof Blob, Object.keys(b));
  console.log(Object.getOwnPropertyNames(Blob.prototype));
})();
