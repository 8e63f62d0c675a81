// The queuing strategies: highWaterMark, size, inspect and brand checks.
const c = new CountQueuingStrategy({ highWaterMark: 4 });
const b = new ByteLengthQueuingStrategy({ highWaterMark: 1024 });
console.log(c, b);
console.log(c.highWaterMark, c.size('anything'), b.highWaterMark, b.size(new Uint8Array(7)));
console.log(typeof c.size, c.size === new CountQueuingStrategy({ highWaterMark: 1 }).size);
console.log(Object.prototype.toString.call(c), Object.prototype.toString.call(b));
console.log(new CountQueuingStrategy({ highWaterMark: '3' }).highWaterMark);
try {
  Object.getOwnPropertyDescriptor(CountQueuingStrategy.prototype, 'highWaterMark').get.call({});
} catch (e) {
  console.log(e.name, e.code, e.message);
}
