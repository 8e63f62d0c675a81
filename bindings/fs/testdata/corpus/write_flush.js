// The flush option of writeFileSync, writeFile, appendFile(Sync),
// fs.promises.writeFile/appendFile and createWriteStream: a boolean (null
// and undefined mean false) validated before anything is written, and an
// fsync through the fs module's own fsyncSync/fsync before the close.
// Also writeFile's AbortSignal, checked before each write.
'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jsproc-flush-'));
let n = 0;
const next = () => path.join(dir, `${n++}.out`);
const bad = ['true', '', 0, 1, [], {}, Symbol('s')];
const show = (e) => `${e.name} ${e.code} ${e.message}`;

// count wraps fs[name] to count its calls, and returns the count and a restore.
function count(name) {
  const orig = fs[name];
  const c = { calls: 0, args: [] };
  fs[name] = function (...a) {
    c.calls++;
    c.args.push(a.map((x) => typeof x).join(','));
    return orig.apply(this, a);
  };
  c.restore = () => { fs[name] = orig; };
  return c;
}

async function main() {
  for (const v of bad) {
    for (const [label, fn] of [
      ['writeFileSync', () => fs.writeFileSync(next(), 'x', { flush: v })],
      ['appendFileSync', () => fs.appendFileSync(next(), 'x', { flush: v })],
      ['writeFile', () => fs.writeFile(next(), 'x', { flush: v }, () => console.log('called'))],
      ['appendFile', () => fs.appendFile(next(), 'x', { flush: v }, () => console.log('called'))],
      ['createWriteStream', () => fs.createWriteStream(next(), { flush: v })],
    ]) {
      try {
        fn();
        console.log(label, 'accepted', typeof v);
      } catch (e) {
        console.log(label, show(e));
      }
    }
    for (const [label, fn] of [['promises.writeFile', fsp.writeFile], ['promises.appendFile', fsp.appendFile]]) {
      await fn(next(), 'x', { flush: v }).then(() => console.log(label, 'accepted'), (e) => console.log(label, show(e)));
    }
  }
  // Bad flush wins over bad data.
  try {
    fs.writeFileSync(next(), 42, { flush: 'yes' });
  } catch (e) {
    console.log(show(e));
  }
  console.log(fs.readdirSync(dir).length, 'files before the valid runs');

  let c = count('fsyncSync');
  for (const v of [undefined, null, false, true]) {
    const f = next();
    fs.writeFileSync(f, 'data', { flush: v });
    fs.appendFileSync(f, '+more', { flush: v });
    console.log('sync', v, fs.readFileSync(f, 'utf8'), c.calls, c.args.join(' '));
  }
  const fd = fs.openSync(next(), 'w');
  fs.writeFileSync(fd, 'to fd', { flush: true });
  fs.closeSync(fd);
  console.log('fd', c.calls);
  c.restore();

  c = count('fsync');
  for (const v of [undefined, null, false, true]) {
    const f = next();
    await new Promise((resolve) => fs.writeFile(f, 'data', { flush: v }, (err) => {
      fs.appendFile(f, '+more', { flush: v }, (err2) => {
        console.log('callback', v, err, err2, fs.readFileSync(f, 'utf8'), c.calls, c.args.join(' '));
        resolve();
      });
    }));
  }
  for (const v of [undefined, null, false, true]) {
    const f = next();
    await fsp.writeFile(f, 'data', { flush: v });
    await fsp.appendFile(f, '+more', { flush: v });
    console.log('promises', v, await fsp.readFile(f, 'utf8'));
  }
  for (const v of [undefined, true]) {
    const f = next();
    const ws = fs.createWriteStream(f, { flush: v });
    console.log('stream flush', ws.flush);
    await new Promise((resolve) => ws.end('streamed', resolve));
    await new Promise((resolve) => ws.on('close', resolve));
    console.log('stream', v, fs.readFileSync(f, 'utf8'), c.calls);
  }
  c.restore();

  // An abort before the first write ends writeFile with an AbortError.
  const ac = new AbortController();
  const f = next();
  await new Promise((resolve) => {
    fs.writeFile(f, 'never', { signal: ac.signal, flush: true }, (err) => {
      console.log('aborted', err.name, err.code, fs.existsSync(f) && fs.readFileSync(f, 'utf8'));
      resolve();
    });
    ac.abort();
  });
  const ac2 = new AbortController();
  ac2.abort();
  await fsp.writeFile(next(), 'never', { signal: ac2.signal }).catch((e) => console.log('promise aborted', e.name, e.code));
}

main().finally(() => fs.rmSync(dir, { recursive: true, force: true }));
