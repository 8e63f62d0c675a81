// Promises made in a context settle, and main code can await them.
const vm = require('vm');
const ctx = vm.createContext({ log: (m) => console.log(m) });
const p = vm.runInContext('Promise.resolve(5).then((v) => v * 2)', ctx);
console.log(typeof p.then);
(async () => {
  console.log('resolved', await p);
  const v = await vm.runInContext('(async () => 7)()', ctx);
  console.log('awaited', v);
  const w = await vm.runInContext('(async () => { const q = await Promise.resolve(3); return q + 1 })()', ctx);
  console.log('awaited', w);
  const fromMain = vm.runInContext('(async (p) => (await p) + "!")', ctx);
  console.log(await fromMain(Promise.resolve('main')));
  try {
    await vm.runInContext('Promise.reject(new Error("no"))', ctx);
  } catch (e) {
    console.log('rejected', e.message);
  }
})();
