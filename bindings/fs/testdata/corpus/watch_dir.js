// fs.watch on a directory: each step is followed by a marker file whose
// event proves every event of the step has arrived (inotify keeps order).
const fs = require('fs');
const tmp = require('./_tmp');
const dir = tmp('watchdir');
const events = [];
let waiting = null;
let marks = 0;
const w = fs.watch(dir, (type, name) => {
  if (name.startsWith('mark-')) {
    if (waiting && name === waiting.name) waiting.resolve();
    return;
  }
  events.push(type + ' ' + name);
});
console.log(w instanceof require('events'), w.constructor.name);
function step(label, fn) {
  return new Promise((resolve) => {
    fn();
    const name = 'mark-' + marks++;
    waiting = { name, resolve };
    fs.writeFileSync(tmp.join(dir, name), '');
  }).then(() => {
    console.log(label, JSON.stringify(events.splice(0)));
  });
}
const f = tmp.join(dir, 'a.txt');
(async () => {
  await step('create', () => fs.writeFileSync(f, 'x'));
  await step('append', () => fs.appendFileSync(f, 'y'));
  await step('chmod', () => fs.chmodSync(f, 0o600));
  await step('truncate', () => fs.truncateSync(f, 0));
  await step('rename', () => fs.renameSync(f, f + '.2'));
  await step('unlink', () => fs.unlinkSync(f + '.2'));
  await step('mkdir', () => fs.mkdirSync(tmp.join(dir, 'sub')));
  await step('in-sub', () => fs.writeFileSync(tmp.join(dir, 'sub', 'x'), '1'));
  await step('chmod-dir', () => fs.chmodSync(tmp.join(dir, 'sub'), 0o700));
  await step('rmdir', () => fs.rmSync(tmp.join(dir, 'sub'), { recursive: true }));
  await step('symlink', () => fs.symlinkSync('nowhere', tmp.join(dir, 'link')));
  w.on('close', () => console.log('close'));
  w.close();
  w.close();
  console.log('closed');
})();
