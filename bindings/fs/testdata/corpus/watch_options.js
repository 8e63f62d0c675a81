// fs.watch's arguments, errors, close, ref/unref, persistent and signal.
const fs = require('fs');
const tmp = require('./_tmp');
const dir = tmp('watchopts');
function show(fn) {
  try {
    const w = fn();
    console.log('ok', typeof w.close);
    w.close();
  } catch (e) {
    console.log(e.name, e.code, e.message.replace(dir, 'DIR'));
  }
}
show(() => fs.watch(123));
show(() => fs.watch(dir, 5));
show(() => fs.watch(dir, { recursive: 1 }));
show(() => fs.watch(dir, { encoding: 'nope' }));
show(() => fs.watch(dir, { signal: {} }));
show(() => fs.watch(dir, 'latin1'));
show(() => fs.watch(Buffer.from(dir)));
show(() => fs.watch(new URL('file://' + dir)));
try {
  fs.watch(tmp.join(dir, 'missing'));
} catch (e) {
  console.log(e.message.replace(dir, 'DIR'), e.code, e.errno, e.syscall, e.path === e.filename, Object.keys(e));
}
try {
  fs.watch(tmp.join(dir, 'missing', 'deeper'), () => {});
} catch (e) {
  console.log(e.code, e.syscall);
}
fs.writeFileSync(tmp.join(dir, 'f'), '');
try {
  fs.watch(tmp.join(dir, 'f', 'x'));
} catch (e) {
  console.log(e.code, e.syscall);
}
const w = fs.watch(dir);
console.log(w.ref() === w, w.unref() === w, Object.keys(w));
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(w)));
w.on('close', () => console.log('close event'));
w.close();
console.log('after close', w.ref() === w);
// An unref'd or non-persistent watcher does not hold the process open.
fs.watch(dir, { persistent: false });
fs.watch(dir).unref();
fs.watch(dir, { persistent: 'yes' });
const ac = new AbortController();
const ws = fs.watch(dir, { signal: ac.signal });
ws.on('close', () => console.log('aborted watcher closed'));
const ac2 = new AbortController();
ac2.abort();
fs.watch(dir, { signal: ac2.signal }).on('close', () => console.log('pre-aborted watcher closed'));
// A watcher unref'd and ref'd again keeps the process until it is closed.
const held = fs.watch(dir).unref().ref();
setTimeout(() => {
  ac.abort();
  held.close();
  console.log('released');
}, 20);
process.on('exit', () => console.log('exit'));
