// AsyncGeneratorFunction, reached through the prototype chain, compiles
// source as node's does, in the global scope.
const AsyncGeneratorFunction = Object.getPrototypeOf(async function* () {}).constructor;
globalThis.base = 100;
const local = 'not seen';
(async () => {
  const f = new AsyncGeneratorFunction('a', 'b', 'yield a; yield b + base; yield typeof local;');
  console.log(f.name, f.length, typeof f);
  console.log(Object.getPrototypeOf(f) === AsyncGeneratorFunction.prototype);
  const out = [];
  for await (const x of f(1, 2)) out.push(x);
  console.log(out);
  const g = AsyncGeneratorFunction('yield* [await Promise.resolve(7)]');
  console.log((await g().next()).value);
  console.log(AsyncGeneratorFunction() instanceof AsyncGeneratorFunction);
  for (const body of ['yield )', '}); (async function* () {']) {
    try {
      AsyncGeneratorFunction(body);
      console.log('compiled?');
    } catch (e) {
      console.log(e.name);
    }
  }
})();
