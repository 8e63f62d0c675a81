// A code cache is accepted for the source it was made from and rejected for
// another one.
const vm = require('vm');
const source = '(function original() { return "original" })';
const s = new vm.Script(source, { produceCachedData: true });
console.log(s.cachedDataProduced, Buffer.isBuffer(s.cachedData), s.cachedData.length > 0);
const data = s.createCachedData();
console.log(Buffer.isBuffer(data), 'cachedDataRejected' in new vm.Script(source));
for (const view of [data, new Uint8Array(data), new DataView(data.buffer, data.byteOffset, data.length)]) {
  const again = new vm.Script(source, { cachedData: view });
  console.log(again.cachedDataRejected, again.runInThisContext()());
}
const other = new vm.Script('(function another_one() { return "another" })', { cachedData: data });
console.log(other.cachedDataRejected, other.runInThisContext()());
const fn = vm.compileFunction('return 1', [], { produceCachedData: true });
console.log(fn.cachedDataProduced, Buffer.isBuffer(fn.cachedData), fn());
try {
  new vm.Script(source, { cachedData: 'ohai' });
} catch (e) {
  console.log(e.code, e.message);
}
