// "exports" conditions under import.
import { showAsync, show } from './_show.mjs';
for (const id of ['exp-cond', 'exp-cond/feature', 'exp-cond/package.json', 'exp-cond/browser', 'msync', 'dual', '@scope/tools', '@scope/tools/sub/x', '@scope/tools/sub/nope']) {
  await showAsync(id, async () => { const ns = await import(id, id.endsWith('.json') ? { with: { type: 'json' } } : undefined); return ns.format || (typeof ns.default === 'object' ? ns.default.name : ns.default); });
}
show('meta exp-cond', () => import.meta.resolve('exp-cond'));
show('meta exp-cond/feature', () => import.meta.resolve('exp-cond/feature'));
