// "exports" as a string, and "*" subpath patterns, under import.
import { showAsync, show } from './_show.mjs';
for (const id of ['exp-sugar', 'exp-sugar/main.js', 'exp-patterns', 'exp-patterns/features/a', 'exp-patterns/features/b.js', 'exp-patterns/features/internal/x', 'exp-patterns/features/c', 'exp-patterns/deep/a/index', 'exp-patterns/features/../x', 'exp-patterns/features/%2e%2e/x']) {
  await showAsync(id, async () => (await import(id)).default);
}
show('meta features/c', () => import.meta.resolve('exp-patterns/features/c'));
