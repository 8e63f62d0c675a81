// Symbol.toStringTag and Object.prototype.toString of async generator
// functions and objects, and the names of their methods.
const toString = Object.prototype.toString;
async function* g() {}
const AGF = Object.getPrototypeOf(g);
console.log(toString.call(g));
console.log(toString.call(g()));
console.log(toString.call(AGF));
console.log(toString.call(AGF.prototype));
console.log(toString.call(Object.getPrototypeOf(AGF.prototype)));
console.log(AGF[Symbol.toStringTag], AGF.prototype[Symbol.toStringTag]);
console.log(g.prototype[Symbol.toStringTag]);
const proto = AGF.prototype;
for (const name of ['next', 'return', 'throw']) {
  console.log(name, typeof proto[name], proto[name].name, proto[name].length);
}
const AsyncIteratorPrototype = Object.getPrototypeOf(proto);
const iter = AsyncIteratorPrototype[Symbol.asyncIterator];
console.log(iter.name, iter.length, iter.call(7));
console.log(AGF.constructor.name, AGF.constructor.length);
console.log(`${g()}`);
