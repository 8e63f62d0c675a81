// flags: --experimental-vm-modules
// A module evaluated in a context sees the context's globals.
const { SourceTextModule, createContext } = require('vm');

(async () => {
  const context = createContext({ foo: 'bar', baz: undefined, typeofProcess: undefined });
  const m = new SourceTextModule('baz = foo; typeofProcess = typeof process; export const arr = [1, 2];', { context });
  const m2 = new SourceTextModule('2', { context });
  console.log(m.identifier, m2.identifier, m.context === context);
  await m.link(() => {});
  await m.evaluate();
  console.log(context, m.namespace.arr.length);
})();
