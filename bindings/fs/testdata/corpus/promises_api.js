const fsp = require('fs/promises');
const fs = require('fs');
const path = require('./_tmp');
const dir = path('prom');
(async () => {
  console.log(fs.promises === fsp, typeof fsp.constants.O_RDONLY);
  const f = path.join(dir, 'p.txt');
  await fsp.writeFile(f, 'alpha\n');
  await fsp.appendFile(f, 'beta\n');
  console.log(JSON.stringify(await fsp.readFile(f, 'utf8')));
  console.log((await fsp.readFile(f)).length);
  console.log((await fsp.stat(f)).size, (await fsp.lstat(f)).isFile());
  await fsp.mkdir(path.join(dir, 'd/e'), { recursive: true });
  console.log(await fsp.readdir(dir));
  await fsp.copyFile(f, path.join(dir, 'copy.txt'));
  await fsp.rename(path.join(dir, 'copy.txt'), path.join(dir, 'moved.txt'));
  console.log(await fsp.readFile(path.join(dir, 'moved.txt'), 'utf8'));
  await fsp.access(f);
  try { await fsp.access(path.join(dir, 'nope')); } catch (e) { console.log('access', e.code, e.syscall); }
  try { await fsp.readFile(path.join(dir, 'nope')); } catch (e) { console.log('read', e.code, e.syscall); }
  try { await fsp.readFile(42); } catch (e) { console.log('fd read', e.code); }
  try { await fsp.mkdir(dir); } catch (e) { console.log('mkdir', e.code); }
  await fsp.symlink('p.txt', path.join(dir, 'ln'));
  console.log(await fsp.readlink(path.join(dir, 'ln')));
  console.log(path.basename(await fsp.realpath(path.join(dir, 'ln'))));
  await fsp.truncate(f, 3);
  console.log(await fsp.readFile(f, 'utf8'));
  await fsp.unlink(path.join(dir, 'ln'));
  const t = await fsp.mkdtemp(path.join(dir, 'tmp-'));
  console.log(path.basename(t).length, path.basename(t).startsWith('tmp-'));
  await fsp.rm(path.join(dir, 'd'), { recursive: true });
  await fsp.rmdir(t);
  console.log((await fsp.readdir(dir)).sort());
  const h = await fsp.open(f, 'r+');
  console.log(typeof h.fd, h.constructor.name);
  const { bytesWritten } = await h.write('XY', 0);
  console.log('written', bytesWritten);
  const buf = Buffer.alloc(10);
  const r = await h.read(buf, 0, 10, 0);
  console.log(r.bytesRead, r.buffer === buf, buf.toString('utf8', 0, r.bytesRead));
  console.log((await h.stat()).size);
  console.log(await h.readFile('utf8'));
  await h.truncate(1);
  await h.sync();
  await h.close();
  console.log(await fsp.readFile(f, 'utf8'));
  await h.close();
  try { await fsp.writeFile(f, 123); } catch (e) { console.log(e.code); }
  const ac = new AbortController();
  ac.abort();
  try { await fsp.readFile(f, { signal: ac.signal }); } catch (e) { console.log(e.name, e.code); }
})();
