// flags: --experimental-vm-modules
// Top-level await: importers wait for their awaiting dependencies.
const { SourceTextModule } = require('vm');

(async () => {
  const dep = new SourceTextModule('console.log("dep start"); export let v = 1; await null; v = 2; console.log("dep end");');
  const main = new SourceTextModule('import { v } from "dep"; console.log("main sees", v);');
  await main.link(() => dep);
  const p = main.evaluate();
  console.log('evaluate called');
  await p;
  console.log('done', dep.namespace.v, main.status, dep.status);

  const failing = new SourceTextModule('await null; throw new Error("late");');
  await failing.link(() => {});
  await failing.evaluate().catch((e) => console.log('rejected', e.message, failing.status));
})();
