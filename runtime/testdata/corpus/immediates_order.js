setImmediate(() => {
  console.log('i1');
  setImmediate(() => console.log('i3 (next loop)'));
  process.nextTick(() => console.log('i1 tick'));
});
setImmediate(() => console.log('i2'));
const im = setImmediate(() => console.log('never'));
setImmediate(() => clearImmediate(im));
console.log(typeof im.hasRef, im.hasRef());
