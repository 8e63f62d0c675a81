// CompressionStream and DecompressionStream errors: bad formats, chunks
// that are not bytes or strings, corrupt, truncated and trailing input,
// brand checks, and how util.inspect shows them.
const util = require('util');
const zlib = require('zlib');

function show(label, e) {
  console.log(label, e.name, e.code, e.message, e.errno);
}

for (const C of [CompressionStream, DecompressionStream]) {
  for (const f of ['x', undefined, 'GZIP', 'br', 7, null, { toString() { return 'gzip'; } }]) {
    try { new C(f); console.log(C.name, 'accepted', f); } catch (e) { show(C.name, e); }
  }
  try { new C(); } catch (e) { show(C.name + '()', e); }
  for (const k of ['readable', 'writable']) {
    const get = Object.getOwnPropertyDescriptor(C.prototype, k).get;
    for (const self of [{}, null, new (C === CompressionStream ? DecompressionStream : CompressionStream)('gzip')]) {
      try { get.call(self); } catch (e) { show(`${C.name}.${k}`, e); }
    }
  }
  console.log(C.name, C.length, Object.keys(C.prototype), Object.prototype.toString.call(new C('deflate')));
  console.log(util.inspect(new C('deflate-raw')));
  console.log(util.inspect({ nested: { deeper: new C('gzip') } }));
  console.log(util.inspect(new C('gzip'), { depth: 0 }));
  const desc = Object.getOwnPropertyDescriptor(globalThis, C.name);
  console.log(C.name, typeof desc.get, desc.enumerable, desc.configurable);
}

async function feed(format, chunks) {
  const ds = new DecompressionStream(format);
  const w = ds.writable.getWriter();
  const r = ds.readable.getReader();
  for (const c of chunks) w.write(c).catch((e) => show('  write', e));
  w.close().catch((e) => show('  close', e));
  let got = '';
  try {
    for (;;) {
      const { done, value } = await r.read();
      if (done) break;
      got += Buffer.from(value).toString();
    }
    console.log('  read done', JSON.stringify(got));
  } catch (e) {
    show('  read', e);
  }
}

(async () => {
  const gz = zlib.gzipSync('hello world');
  const df = zlib.deflateSync('hello world');
  const raw = zlib.deflateRawSync('hello world');
  console.log('bad header');
  await feed('gzip', [new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])]);
  await feed('deflate', [new Uint8Array(gz)]);
  console.log('truncated');
  await feed('gzip', [gz.subarray(0, gz.length - 4)]);
  await feed('deflate', [df.subarray(0, 5)]);
  await feed('deflate-raw', [raw.subarray(0, 3)]);
  console.log('trailing');
  await feed('gzip', [Buffer.concat([gz, Buffer.from('junk')])]);
  await feed('gzip', [Buffer.concat([gz, gz])]);
  console.log('corrupt check value');
  const bad = Buffer.from(gz);
  bad[bad.length - 6] ^= 0xff;
  await feed('gzip', [bad]);
  const badAdler = Buffer.from(df);
  badAdler[badAdler.length - 1] ^= 0xff;
  await feed('deflate', [badAdler]);

  console.log('chunk types');
  for (const v of [123, {}, null, undefined, new ArrayBuffer(3), [1, 2], true]) {
    const cs = new CompressionStream('gzip');
    const w = cs.writable.getWriter();
    await w.write(v).then(() => console.log('  write ok'), (e) => show('  write', e));
    console.log('  desiredSize', w.desiredSize);
    await w.close().then(() => console.log('  closed'), (e) => show('  close', e));
  }

  // The readable side's cancel and the writable side's abort.
  const cs = new CompressionStream('deflate');
  await cs.readable.cancel(new Error('stop')).then(() => console.log('cancelled'));
  const w = cs.writable.getWriter();
  await w.write(new Uint8Array(4)).then(() => console.log('write after cancel ok'), (e) => show('write after cancel', e));
  const cs2 = new CompressionStream('deflate');
  await cs2.writable.abort(new Error('abort')).then(() => console.log('aborted'));
  await cs2.readable.getReader().read().then((x) => console.log('read after abort', x), (e) => show('read after abort', e));
})();

for (const C of [CompressionStream, DecompressionStream]) {
  try { C.prototype[util.inspect.custom].call({}, 2, {}, util.inspect); } catch (e) { show('inspect', e); }
}
