// Async generator methods in ES modules: object literal and class methods,
// static, computed and symbol keys, private methods, super.
const AGF = Object.getPrototypeOf(async function* () {});
const key = 'computed';
const obj = {
  base: 10,
  async *plain(n) { yield this.base + n; },
  async *[key]() { yield key; },
  async *[Symbol.asyncIterator]() { yield* [1, 2]; },
};
class Stream {
  #items = ['x', 'y'];
  async *#each() { yield* this.#items; }
  async *[Symbol.asyncIterator]() { yield* this.#each(); }
  static async *from(...xs) { yield* xs; }
}
class Sub extends Stream {
  async *[Symbol.asyncIterator]() {
    yield 'sub';
  }
}
for (const f of [obj.plain, obj[key], obj[Symbol.asyncIterator], Stream.prototype[Symbol.asyncIterator], Stream.from, Sub.prototype[Symbol.asyncIterator]]) {
  console.log(f.name, Object.getPrototypeOf(f) === AGF, Object.getPrototypeOf(f.prototype) === AGF.prototype, f.length);
}
for await (const x of obj.plain(5)) console.log('plain', x);
for await (const x of obj[key]()) console.log('computed', x);
for await (const x of obj) console.log('obj', x);
for await (const x of new Stream()) console.log('stream', x);
for await (const x of Stream.from('p', 'q')) console.log('from', x);
for await (const x of new Sub()) console.log('sub', x);
console.log(Object.getPrototypeOf(obj.plain(1)) === obj.plain.prototype);
