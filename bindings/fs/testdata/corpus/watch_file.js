// fs.watch on a file: events name the file's basename; the watch follows
// the file through a rename and reports its unlink.
const fs = require('fs');
const tmp = require('./_tmp');
const dir = tmp('watchfile');
const f = tmp.join(dir, 'data.txt');
fs.writeFileSync(f, 'x');
let seen = [];
let want = null;
const w = fs.watch(f, { encoding: 'buffer' }, (type, name) => {
  seen.push(type + ' ' + (Buffer.isBuffer(name) ? 'buffer:' : 'string:') + name);
  if (want && want.test(type + ' ' + name)) want.resolve();
});
function until(re, fn) {
  return new Promise((resolve) => {
    want = { test: (s) => re.test(s), resolve };
    fn();
  }).then(() => {
    const got = [...new Set(seen.splice(0))].sort();
    return got;
  });
}
(async () => {
  console.log('write', await until(/^change/, () => fs.appendFileSync(f, 'y')));
  console.log('chmod', await until(/^change/, () => fs.chmodSync(f, 0o600)));
  console.log('rename', await until(/^rename/, () => fs.renameSync(f, f + '.moved')));
  console.log('write-moved', await until(/^change/, () => fs.appendFileSync(f + '.moved', 'z')));
  const other = fs.watch(tmp.join(dir), () => {});
  await new Promise((resolve) => {
    let n = 0;
    want = { test: (s) => s.startsWith('rename') && ++n === 2, resolve };
    fs.unlinkSync(f + '.moved');
  });
  console.log('unlink', seen.splice(0));
  w.close();
  other.close();
  w.on('close', () => console.log('close'));
})();
