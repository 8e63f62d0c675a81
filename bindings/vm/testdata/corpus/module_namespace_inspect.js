// flags: --experimental-vm-modules
// util.inspect of namespaces before and after evaluation, and of modules.
const { SourceTextModule, SyntheticModule, createContext } = require('vm');
const util = require('util');

(async () => {
  const m = new SourceTextModule('export const a = 1; export var b = 2; export let c; export class K {}; export function f() {}; export default 3; const z = 9; export { z as zed };');
  console.log(util.inspect(m));
  console.log(util.inspect(m, { depth: -1 }));
  await m.link(() => 0);
  console.log(util.inspect(m.namespace));
  await m.evaluate();
  console.log(util.inspect(m.namespace));
  console.log(util.types.isModuleNamespaceObject(m.namespace), Object.prototype.toString.call(m.namespace));
  console.log(Reflect.ownKeys(m.namespace), Object.isSealed(m.namespace), Object.isFrozen(m.namespace));
  console.log(Object.getOwnPropertyDescriptor(m.namespace, 'a'));
  console.log(Reflect.set(m.namespace, 'a', 5), Reflect.deleteProperty(m.namespace, 'a'), Reflect.deleteProperty(m.namespace, 'nope'));
  console.log('a' in m.namespace, 'nope' in m.namespace, Object.getPrototypeOf(m.namespace));

  const context = createContext({ foo: 'bar' });
  console.log(util.inspect(new SourceTextModule('1', { context })));
  console.log(util.inspect(new SyntheticModule([], () => {}, { context })));
  console.log(util.inspect(new SourceTextModule('1', { identifier: 'named' })));

  const s = new SyntheticModule(['x', 'y'], () => {});
  await s.link(() => {});
  console.log(util.inspect(s.namespace));
})();
