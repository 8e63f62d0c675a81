// A package importing itself by its own name, with the import condition.
import self from 'loader-fixture';
import util from 'loader-fixture/util';
import { showAsync, show } from './_show.mjs';
console.log(self, util);
for (const id of ['loader-fixture/hidden/x', 'loader-fixture/nope', 'loader-fixture/lib/missing.js']) {
  await showAsync(id, () => import(id));
}
show('meta self', () => import.meta.resolve('loader-fixture'));
