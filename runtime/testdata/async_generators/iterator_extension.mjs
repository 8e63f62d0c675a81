// A library-style extension of %AsyncIteratorPrototype%, found the way
// packages find it, reaches every async generator object; a polyfill class
// inheriting it works with for await.
const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

Object.defineProperty(AsyncIteratorPrototype, 'collect', {
  configurable: true,
  writable: true,
  value: async function collect() {
    const out = [];
    for await (const x of this) out.push(x);
    return out;
  },
});

async function* letters() {
  yield 'a';
  yield 'b';
}

class Countdown {
  constructor(n) { this.n = n; }
  next() {
    return Promise.resolve(this.n > 0 ? { value: this.n--, done: false } : { value: undefined, done: true });
  }
}
Object.setPrototypeOf(Countdown.prototype, AsyncIteratorPrototype);

console.log(await letters().collect());
console.log(await new Countdown(3).collect());
console.log(typeof letters().collect, 'collect' in letters.prototype);
const own = Object.getOwnPropertyNames(AsyncIteratorPrototype);
console.log(own);
delete AsyncIteratorPrototype.collect;
console.log(typeof letters().collect);
