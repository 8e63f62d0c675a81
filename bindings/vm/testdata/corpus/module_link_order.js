// flags: --experimental-vm-modules
// Linking asks the linker for each request once, in order; evaluation runs
// dependencies first, depth first, each module once.
const { SourceTextModule } = require('vm');

(async () => {
  const sources = {
    a: 'import "b"; import { c } from "c"; console.log("a runs", c);',
    b: 'import "d"; console.log("b runs");',
    c: 'import "d"; export const c = "c-value"; console.log("c runs");',
    d: 'console.log("d runs"); export default 4;',
  };
  const made = {};
  const get = (name) => made[name] || (made[name] = new SourceTextModule(sources[name], { identifier: name }));
  const root = get('a');
  console.log(root.dependencySpecifiers, root.dependencySpecifiers === root.dependencySpecifiers);
  console.log(Object.isFrozen(root.dependencySpecifiers));
  const p = root.link(async (specifier, referrer, extra) => {
    console.log('link', specifier, 'from', referrer.identifier, Object.keys(extra), root.status);
    return get(specifier);
  });
  console.log('linking:', root.status);
  await p;
  console.log(Object.values(made).map((m) => `${m.identifier}:${m.status}`).join(' '));
  const result = await root.evaluate();
  console.log('result', result);
  console.log(Object.values(made).map((m) => `${m.identifier}:${m.status}`).join(' '));
  await root.evaluate();
  console.log('evaluated again without running');
  console.log(made.d.namespace.default);
})();

(async () => {
  await new Promise((resolve) => setTimeout(resolve, 10));
  const m = new SourceTextModule('import "x" with { zeta: "1", alpha: "2" }; export { y } from "y" with { type: "t" };');
  await m.link((specifier, referrer, { attributes, assert }) => {
    console.log('attributes', specifier, attributes, attributes === assert);
    return new SourceTextModule('export const y = 1;');
  });
})();
