// Thousands of generated paths through every path.posix and path.win32
// function, summed into one digest per function: any difference from
// Node's answers changes a digest.
// Answers must not depend on where the corpus sits: run from the root.
process.chdir('/');
const path = require('path');
const atoms = ['', 'a', 'b.txt', '.', '..', '...', '.x', 'x.', 'c:', 'C:', '/', '\\', '//', '?',
  'UNC', 'srv', 'CON', 'con:', 'a:b', 'NUL', 'İ', 'ß', 'K'];
let seed = 12345;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const inputs = [];
for (let k = 0; k < 1500; k++) {
  let s = '';
  for (let i = 1 + rnd(6); i > 0; i--) s += atoms[rnd(atoms.length)];
  inputs.push(s);
}
function fnv(h, s) {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}
for (const flavour of ['posix', 'win32']) {
  const P = path[flavour];
  const digests = {};
  const add = (name, v) => { digests[name] = fnv(digests[name] || 2166136261, JSON.stringify(v) + '\n'); };
  inputs.forEach((p, k) => {
    const q = inputs[(k * 7 + 3) % inputs.length];
    for (const fn of ['normalize', 'isAbsolute', 'dirname', 'basename', 'extname', 'toNamespacedPath', 'parse']) add(fn, P[fn](p));
    add('basename2', P.basename(p, q));
    add('join', P.join(q, p, q));
    add('resolve', P.resolve(p, q));
    add('relative', P.relative(p, q));
    add('format', P.format(P.parse(p)));
  });
  console.log(flavour, JSON.stringify(digests));
}
