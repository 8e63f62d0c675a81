const rel = s => String(s).split(process.cwd()).join('.');
const ns = await import('./_lib/esm/counter.mjs');
console.log(Object.keys(ns), ns.count);
const cjs = await import('./_lib/esm/cjs_fn.cjs');
console.log(Object.keys(cjs), cjs.default('dyn'));
const core = await import('node:events');
console.log(typeof core.default, typeof core.once);
for (const spec of ['./_lib/esm/missing.mjs', './_lib/esm/counter', './_lib/folder_index', 'no-such-pkg', 'node:nope']) {
  try { await import(spec); } catch (e) { console.log(e.code, rel(e.message)); }
}
const again = await import('./_lib/esm/counter.mjs');
console.log(again === ns);
