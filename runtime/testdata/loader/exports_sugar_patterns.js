// "exports" as a string, and "*" subpath patterns with null exclusions.
const { show } = require('./_show.js');
for (const id of ['exp-sugar', 'exp-sugar/main.js', 'exp-sugar/package.json', 'exp-patterns', 'exp-patterns/features/a', 'exp-patterns/features/b.js', 'exp-patterns/features/internal/x', 'exp-patterns/features/c', 'exp-patterns/assets/data.json', 'exp-patterns/deep/a/index', 'exp-patterns/features/../../package.json', 'exp-patterns/features/node_modules/x']) {
  show(id, () => { const v = require(id); return typeof v === 'object' ? JSON.stringify(v) : v; });
}
