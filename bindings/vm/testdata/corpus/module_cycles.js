// flags: --experimental-vm-modules
// Cycles: live bindings across a cycle, and export * in both directions.
const { SourceTextModule } = require('vm');

(async () => {
  const foo = new SourceTextModule(`
    import getFoo from 'bar';
    export let foo = 42;
    export default getFoo();
  `);
  const bar = new SourceTextModule(`
    import { foo } from 'foo';
    export default function getFoo() { return foo; }
  `);
  await foo.link((specifier) => (specifier === 'bar' ? bar : foo));
  console.log(foo.status, bar.status);
  await foo.evaluate();
  console.log(foo.namespace.default, bar.namespace.default());

  const sources = {
    root: `
      import * as a from './a.mjs';
      import * as b from './b.mjs';
      console.log('fromA' in a, 'fromB' in a, 'fromA' in b, 'fromB' in b);
      console.log(Object.keys(a), Object.keys(b));
    `,
    './a.mjs': 'export * from "./b.mjs"; export let fromA = "A";',
    './b.mjs': 'export * from "./a.mjs"; export let fromB = "B";',
  };
  const map = new Map();
  const root = new SourceTextModule(sources.root, { identifier: 'vm:root' });
  await root.link((specifier) => {
    if (!map.has(specifier)) map.set(specifier, new SourceTextModule(sources[specifier], { identifier: specifier }));
    return map.get(specifier);
  });
  await root.evaluate();
  console.log(map.get('./a.mjs').namespace.fromB);
})();
