// TextDecoderStream: multi-byte characters split across chunks, the BOM,
// fatal decoding, and other encodings.
(async () => {
  const dec = new TextDecoderStream();
  console.log(dec.encoding, dec.fatal, dec.ignoreBOM, dec);
  const w = dec.writable.getWriter();
  w.write(new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xe2]));
  w.write(new Uint8Array([0x82, 0xac, 0x62]));
  w.close();
  const out = [];
  for await (const s of dec.readable) out.push(s);
  console.log(out);
  const fatal = new TextDecoderStream('utf-8', { fatal: true });
  const fw = fatal.writable.getWriter();
  fw.write(new Uint8Array([0xff])).catch((e) => console.log('write rejected', e.name, e.code));
  try {
    await fatal.readable.getReader().read();
  } catch (e) {
    console.log('read rejected', e.name, e.code, e.message);
  }
  const latin = new TextDecoderStream('latin1');
  console.log(latin.encoding);
  const lw = latin.writable.getWriter();
  lw.write(new Uint8Array([0xe9]));
  lw.close();
  for await (const s of latin.readable) console.log(s);
  const incomplete = new TextDecoderStream();
  const iw = incomplete.writable.getWriter();
  iw.write(new Uint8Array([0xe2, 0x82]));
  iw.close();
  for await (const s of incomplete.readable) console.log(JSON.stringify(s));
  try {
    new TextDecoderStream('no-such');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
})();
