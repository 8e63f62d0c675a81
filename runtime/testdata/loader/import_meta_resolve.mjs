// import.meta.resolve is synchronous; files that do not exist still give
// their URL, packages that do not exist throw.
import { show } from './_show.mjs';
for (const s of ['./_lib/util.js', './_lib/nope.js', './_lib', 'exp-sugar', 'exp-cond', 'no-such-pkg', 'fs', 'node:fs', 'node:nope', '#util', 'loader-fixture', '@scope', '.hidden-pkg', 'file:///tmp/x.js']) {
  show(s, () => import.meta.resolve(s));
}
console.log(typeof import.meta.resolve, import.meta.resolve.name, import.meta.resolve.length);
