// Writable.toWeb and Writable.fromWeb: writes, strings as bytes, close and
// finish, abort and errors.
const { Writable } = require('stream');
(async () => {
  const seen = [];
  const node = new Writable({
    write(chunk, enc, cb) {
      seen.push([Buffer.isBuffer(chunk), chunk.toString()]);
      cb();
    },
  });
  node.on('finish', () => console.log('node finish'));
  const web = Writable.toWeb(node);
  console.log(web);
  const w = web.getWriter();
  await w.write('str');
  await w.write(new Uint8Array([65, 66]));
  await w.close();
  console.log(seen, node.writableFinished);
  const victim = new Writable({ write(c, e, cb) { cb(); } });
  victim.on('error', (e) => console.log('node error', e.message));
  const vw = Writable.toWeb(victim).getWriter();
  await vw.abort(new Error('aborted from web'));
  console.log('victim destroyed', victim.destroyed);
  const got = [];
  const sink = new WritableStream({
    write(c) { got.push(c instanceof Uint8Array ? 'bytes:' + Buffer.from(c) : 'other:' + c); },
    close() { got.push('closed'); },
  });
  const nw = Writable.fromWeb(sink);
  nw.write('one');
  nw.write(Buffer.from('two'));
  nw.end();
  await new Promise((res) => nw.on('finish', res));
  console.log(got);
  const objs = [];
  const os = Writable.fromWeb(new WritableStream({ write(c) { objs.push(c); } }), { objectMode: true });
  os.end({ x: 1 });
  await new Promise((res) => os.on('finish', res));
  console.log(objs);
  const bad = Writable.fromWeb(new WritableStream({ write() { throw new Error('web sink failed'); } }));
  bad.on('error', (e) => console.log('error event', e.message));
  bad.write('x');
  await new Promise((res) => bad.on('close', res));
  for (const f of [() => Writable.toWeb(5), () => Writable.fromWeb(5), () => Writable.fromWeb(new WritableStream(), 5)]) {
    try {
      f();
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
  }
})();
