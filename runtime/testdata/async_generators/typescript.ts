// Async generators in TypeScript, through the same lowering.
interface Item { id: number }
async function* items(n: number): AsyncGenerator<Item, string, void> {
  for (let id = 0; id < n; id++) yield { id };
  return 'done';
}
class Pager<T> {
  constructor(private pages: T[][]) {}
  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    for (const page of this.pages) yield* page;
  }
}
const AGF = Object.getPrototypeOf(async function* () {});
console.log(Object.getPrototypeOf(items) === AGF, Object.getPrototypeOf(items(1)) === items.prototype);
(async () => {
  const it = items(2);
  console.log(await it.next(), await it.next(), await it.next());
  const seen: number[] = [];
  for await (const x of new Pager([[1, 2], [3]])) seen.push(x);
  console.log(seen);
})();
