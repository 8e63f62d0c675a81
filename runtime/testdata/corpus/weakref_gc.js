// WeakRef and FinalizationRegistry against a real collection: a child run
// with --expose-gc drops its targets and calls gc() until the cleanups ran.
const { execFileSync } = require('child_process');
if (process.argv[2] !== 'child') {
  const out = execFileSync(process.execPath, ['--expose-gc', __filename, 'child'], { encoding: 'utf8' });
  process.stdout.write(out);
  console.log('parent gc', typeof globalThis.gc);
  return;
}
console.log('child gc', typeof gc, Object.getOwnPropertyDescriptor(globalThis, 'gc').enumerable);
const cleaned = [];
const fr = new FinalizationRegistry((held) => cleaned.push(held));
let a = { name: 'a' };
let b = { name: 'b' };
const kept = { name: 'kept' };
const token = {};
const refA = new WeakRef(a);
const refKept = new WeakRef(kept);
fr.register(a, 'held a');
fr.register(b, 'held b', token);
fr.register(kept, 'held kept');
console.log('same job', refA.deref() === a, fr.unregister(token));
a = null;
b = null;
let tries = 0;
(function again() {
  setTimeout(() => {
    gc();
    if (cleaned.length === 0 && ++tries < 200) return again();
    setTimeout(() => {
      console.log('deref a', refA.deref(), 'deref kept', refKept.deref() === kept);
      console.log('cleaned', cleaned, fr.unregister(kept));
    }, 20);
  }, 5);
})();
