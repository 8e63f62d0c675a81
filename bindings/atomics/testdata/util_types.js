// util.types tells shared memory from ordinary ArrayBuffers.
const { types, inspect } = require('util');
const sab = new SharedArrayBuffer(4);
const ab = new ArrayBuffer(4);
const fake = Object.create(SharedArrayBuffer.prototype);
for (const [name, v] of [['sab', sab], ['ab', ab], ['fake', fake], ['view', new Int32Array(sab)], ['null', null]]) {
  console.log(name, types.isSharedArrayBuffer(v), types.isAnyArrayBuffer(v), types.isArrayBuffer(v),
    types.isArrayBufferView(v), types.isTypedArray(v));
}
const moved = Object.setPrototypeOf(new SharedArrayBuffer(2), ArrayBuffer.prototype);
console.log(types.isSharedArrayBuffer(moved), types.isArrayBuffer(moved));
console.log(types.isSharedArrayBuffer.name, types.isAnyArrayBuffer.name);
console.log(inspect(sab, { showHidden: true }));
console.log(inspect(new Int32Array(sab), { showHidden: true }));
console.log(inspect(new SharedArrayBuffer(3), { compact: false }));
