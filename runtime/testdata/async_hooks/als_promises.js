// A store follows promise reactions and await: a reaction runs in the
// context where then() was called, not where the promise settled.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();

let resolveLater;
const later = new Promise((r) => { resolveLater = r; });
als.run(1, () => later.then((v) => console.log('then of later', v, als.getStore())));

async function work(label) {
  console.log(label, 'start', als.getStore());
  await null;
  console.log(label, 'after await', als.getStore());
  await new Promise((r) => setTimeout(r, 1));
  console.log(label, 'after timer await', als.getStore());
  return als.getStore();
}

async function main() {
  const a = als.run('A', () => work('A')).then((v) => console.log('A returned', v, als.getStore()));
  const b = als.run('B', () => work('B'));
  Promise.resolve().then(() => console.log('no store', als.getStore()));
  await Promise.all([a, b]);
  console.log('main after A and B', als.getStore());
  const values = await Promise.all([1, 2, 3].map((i) => als.run('p' + i, async () => {
    await new Promise((r) => setImmediate(r));
    return als.getStore();
  })));
  console.log('all', values, als.getStore());
  als.run(2, () => setTimeout(() => resolveLater('x'), 1));
}
als.run('main', main);
