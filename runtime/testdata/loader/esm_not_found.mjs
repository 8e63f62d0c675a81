// import errors for files and packages that are not there, with node's
// "Did you mean" hints.
import { showAsync } from './_show.mjs';
for (const s of ['./_lib/nope.js', './_lib/util', './_lib', 'legacy-main/lib/other', 'no-such-pkg', 'no-such-pkg/sub', '@scope', '@scope/nope', '.hidden', 'exp-sugar/', 'node:nope', 'legacy-badmain']) {
  await showAsync(s, () => import(s));
}
