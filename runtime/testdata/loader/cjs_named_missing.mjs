// A named import the CommonJS module does not provide is a SyntaxError
// before any module of the graph runs; so is one an ES module lacks.
import { rel } from './_show.mjs';
for (const f of ['./_lib/missing_cjs_name.mjs', './_lib/missing_cjs_alias.mjs', './_lib/missing_esm_name.mjs', './_lib/missing_dynamic_name.mjs', './_lib/missing_reexport_name.mjs', './_lib/missing_cjs_name.mjs', './_lib/missing_esm_name.mjs']) {
  try {
    await import(f);
    console.log(f, 'loaded');
  } catch (e) {
    console.log(f, e.name, e.code, JSON.stringify(rel(e.message)));
  }
}
