// "imports" (#specifiers) through import() and import.meta.resolve.
import { show, showAsync } from './_show.mjs';
for (const id of ['#util', '#cond', '#nested', '#lib/util.js', '#dep', '#dep/a', '#arr', '#fs']) {
  await showAsync(id, async () => { const ns = await import(id); return typeof ns.default === 'object' ? JSON.stringify(Object.keys(ns.default)) : ns.default; });
}
for (const id of ['#nope', '#', '#/x', '#lib/private/x', '#bad', '#outside', '#missing', '#nopkg', '#num']) {
  await showAsync(id, () => import(id));
}
for (const id of ['#util', '#cond', '#missing', '#nope', '#dep']) show('meta ' + id, () => import.meta.resolve(id));
