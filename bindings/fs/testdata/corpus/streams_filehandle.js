// A FileHandle can back a stream: fh.createReadStream(), or { fd: fh }.
// Closing the handle closes the stream.
const fs = require('fs');
const tmp = require('./_tmp');
const dir = tmp('fh');
const file = tmp.join(dir, 'f.txt');
fs.writeFileSync(file, 'file handle data');

async function main() {
  const fh = await fs.promises.open(file, 'r');
  const r = fh.createReadStream({ encoding: 'utf8', start: 5 });
  console.log('fd matches', r.fd === fh.fd, r.pending);
  let got = '';
  for await (const chunk of r) got += chunk;
  console.log('read', got, 'handle fd after', fh.fd);

  const wh = await fs.promises.open(tmp.join(dir, 'w.txt'), 'w');
  const w = fs.createWriteStream(null, { fd: wh });
  wh.on('close', () => console.log('write handle closed'));
  await new Promise((resolve) => w.end('through a handle', resolve));
  await new Promise((resolve) => w.on('close', resolve));
  console.log('wrote', fs.readFileSync(tmp.join(dir, 'w.txt'), 'utf8'));

  const early = await fs.promises.open(file, 'r');
  const s = fs.createReadStream(null, { fd: early });
  s.on('data', () => console.log('no data expected'));
  const closed = new Promise((resolve) => s.on('close', resolve));
  early.on('close', () => console.log('handle close event'));
  await Promise.all([early.close(), closed]);
  console.log('stream closed with its handle', s.destroyed, early.fd);

  const h = await fs.promises.open(file, 'r');
  try {
    fs.createReadStream(null, { fd: h, fs: {} });
  } catch (e) {
    console.log(e.code, e.message);
  }
  try {
    fs.createReadStream(null, { fd: {} });
  } catch (e) {
    console.log(e.code, e.message);
  }
  await h.close();
}
main();
