// fs.watchFile and fs.unwatchFile: stat polling, each step waiting for
// the change it causes. Files appear by rename so a poll never sees one
// half written.
const fs = require('fs');
const tmp = require('./_tmp');
const dir = tmp('watchpoll');
const f = tmp.join(dir, 'f');
const show = (st) => [st.isFile(), st.size, st.nlink, st.mtimeMs > 0, typeof st.size].join(' ');
let waiting = null;
const listener = (curr, prev) => {
  console.log('  change', show(curr), '|', show(prev), curr.constructor.name, curr === prev);
  if (waiting) waiting();
};
function step(label, fn) {
  console.log(label);
  return new Promise((resolve) => {
    waiting = resolve;
    fn();
  });
}
function put(text) {
  fs.writeFileSync(f + '.tmp', text);
  fs.renameSync(f + '.tmp', f);
}
try { fs.watchFile(f); } catch (e) { console.log(e.code, e.message); }
try { fs.watchFile(f, { interval: 10 }); } catch (e) { console.log(e.code, e.message); }
(async () => {
  let st;
  await step('missing', () => { st = fs.watchFile(f, { interval: 10 }, listener); });
  console.log(st.constructor.name, Object.keys(st), fs.watchFile(f, listener) === st, st.listenerCount('change'));
  fs.unwatchFile(f, listener);
  console.log('listeners', st.listenerCount('change'));
  st.on('stop', () => console.log('stop'));
  await step('create', () => put('abc'));
  await step('append', () => fs.appendFileSync(f, 'de'));
  await step('unlink', () => fs.unlinkSync(f));
  await step('recreate', () => put('xyz'));
  fs.unwatchFile(f);
  fs.unwatchFile(f);
  fs.unwatchFile(tmp.join(dir, 'never'));
  const big = fs.watchFile(f, { interval: 10, bigint: true }, listener);
  await step('bigint', () => setTimeout(() => fs.appendFileSync(f, '!'), 50));
  fs.unwatchFile(f, listener);
  // Neither a non-persistent nor an unref'd watcher holds the process.
  fs.watchFile(f, { persistent: false, interval: 10 }, () => {});
  fs.watchFile(tmp.join(dir, 'other'), () => {}).unref();
  console.log(big.ref() === big, big.unref() === big);
})();
process.on('exit', () => console.log('exit'));
