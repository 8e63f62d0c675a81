const fs = require('fs');
const path = require('./_tmp');
const dir = path('mkdtemp');
const t = fs.mkdtempSync(path.join(dir, 'foo-'));
console.log(path.basename(t).length, /^foo-[A-Za-z0-9]{6}$/.test(path.basename(t)), fs.statSync(t).isDirectory());
console.log((fs.statSync(t).mode & 0o777).toString(8));
try { fs.mkdtempSync(path.join(dir, 'no/x-')); } catch (e) { console.log(e.code, e.syscall, path.basename(e.path)); }
try { fs.mkdtempSync(42); } catch (e) { console.log(e.code, e.message); }
fs.writeFileSync(path.join(t, 'one'), '1');
fs.writeFileSync(path.join(t, 'two'), '2');
const d = fs.opendirSync(t);
let e;
while ((e = d.readSync()) !== null) console.log('entry', e.name, e.isFile());
d.closeSync();
try { d.closeSync(); } catch (err) { console.log(err.code); }
fs.mkdtemp(path.join(dir, 'cb-'), (err, p) => {
  console.log('cb', err, /cb-/.test(p));
  (async () => {
    const dd = await fs.promises.opendir(t);
    for await (const ent of dd) console.log('async', ent.name);
  })();
});
