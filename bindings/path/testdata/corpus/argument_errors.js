// Every path function checks its arguments with Node's codes and names:
// resolve names the offending index, basename its suffix, format its
// object; toNamespacedPath passes anything through.
const path = require('path');
function attempt(label, fn) {
  try { console.log(label, JSON.stringify(fn())); } catch (e) { console.log(label, e.name, e.code, e.message); }
}
for (const flavour of ['posix', 'win32']) {
  const P = path[flavour];
  for (const bad of [null, 42, {}, undefined, true]) {
    attempt(`${flavour} join`, () => P.join('a', bad));
    attempt(`${flavour} resolve`, () => P.resolve('a', 'b', bad));
    attempt(`${flavour} normalize`, () => P.normalize(bad));
    attempt(`${flavour} relative`, () => P.relative('a', bad));
    attempt(`${flavour} basename`, () => P.basename('a.js', bad));
    attempt(`${flavour} format`, () => P.format(bad));
    attempt(`${flavour} toNamespacedPath`, () => P.toNamespacedPath(bad));
  }
}
