// The prototype chain of an async generator function and of the objects
// its calls return, as scripts observe it.
async function* numbers() { yield 1; }
const anon = async function* () {};

const AsyncGeneratorFunctionPrototype = Object.getPrototypeOf(numbers);
const AsyncGeneratorPrototype = AsyncGeneratorFunctionPrototype.prototype;
const AsyncIteratorPrototype = Object.getPrototypeOf(AsyncGeneratorPrototype);

console.log('shared:', Object.getPrototypeOf(anon) === AsyncGeneratorFunctionPrototype);
console.log('not Function.prototype:', AsyncGeneratorFunctionPrototype !== Function.prototype);
console.log('inherits Function.prototype:', Object.getPrototypeOf(AsyncGeneratorFunctionPrototype) === Function.prototype);
console.log('own prototypes differ:', numbers.prototype !== anon.prototype);
console.log('own prototype inherits:', Object.getPrototypeOf(numbers.prototype) === AsyncGeneratorPrototype);
console.log('iterator prototype inherits Object:', Object.getPrototypeOf(AsyncIteratorPrototype) === Object.prototype);
console.log('own keys of a prototype:', Reflect.ownKeys(numbers.prototype).length);

const gen = numbers();
console.log('gen inherits f.prototype:', Object.getPrototypeOf(gen) === numbers.prototype);
console.log('instanceof:', gen instanceof numbers, gen instanceof anon);
console.log('asyncIterator returns itself:', gen[Symbol.asyncIterator]() === gen);
console.log('no own keys on gen:', Reflect.ownKeys(gen).length);

const d = Object.getOwnPropertyDescriptor(numbers, 'prototype');
console.log('prototype descriptor:', d.writable, d.enumerable, d.configurable);
for (const [name, obj] of [['AsyncGeneratorFunction.prototype', AsyncGeneratorFunctionPrototype], ['AsyncGenerator.prototype', AsyncGeneratorPrototype], ['AsyncIterator.prototype', AsyncIteratorPrototype]]) {
  const keys = Reflect.ownKeys(obj).map((k) => {
    const p = Object.getOwnPropertyDescriptor(obj, k);
    return `${String(k)}(${p.writable ? 'w' : ''}${p.enumerable ? 'e' : ''}${p.configurable ? 'c' : ''})`;
  });
  console.log(name, keys.join(' '));
}
console.log('constructor links:', AsyncGeneratorPrototype.constructor === AsyncGeneratorFunctionPrototype,
  AsyncGeneratorFunctionPrototype.constructor.prototype === AsyncGeneratorFunctionPrototype,
  Object.getPrototypeOf(AsyncGeneratorFunctionPrototype.constructor) === Function);

// A replaced prototype is what later calls inherit; a non-object one falls
// back to the shared AsyncGenerator prototype.
const mine = Object.create(AsyncGeneratorPrototype);
numbers.prototype = mine;
console.log('replaced:', Object.getPrototypeOf(numbers()) === mine);
numbers.prototype = 42;
console.log('non-object:', Object.getPrototypeOf(numbers()) === AsyncGeneratorPrototype);
