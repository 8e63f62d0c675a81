// util.inspect and console.log of async generator functions and objects.
const util = require('util');
async function* named() { yield 1; }
const assigned = async function* () {};
const obj = { async *method() {}, async *'quoted key'() {}, async *[Symbol.for('sym')]() {} };
class K {
  async *m() {}
  static async *s() {}
}
console.log(named);
console.log(assigned);
console.log(obj.method, obj['quoted key'], obj[Symbol.for('sym')]);
console.log(K.prototype.m, K.s);
console.log(named());
console.log(util.inspect(named.prototype));
console.log(util.inspect(Object.getPrototypeOf(named)));
console.log(util.inspect(Object.getPrototypeOf(named).prototype));
console.log(util.inspect(Object.getPrototypeOf(named), { showHidden: true }));
console.log([named, named()]);
console.log({ gen: named(), fn: assigned });
console.log(util.format('%o', named()));
named.extra = 1;
console.log(named);
console.log(Object.getPrototypeOf(named).constructor);
