// With showHidden, a typed array lists its bracketed hidden keys, while an
// ArrayBuffer and a DataView show their sizes as plain keys.
const util = require('util');
const buf = new ArrayBuffer(8);
for (const v of [new Uint8Array(buf, 2, 3), new Float64Array(1), new BigInt64Array(1), new DataView(buf, 1, 4), buf,
  Buffer.from('ab')]) {
  console.log(util.inspect(v, { showHidden: true }));
  console.log(util.inspect(v, { showHidden: true, breakLength: Infinity }));
}
console.log(util.format('%o', new Int16Array([1, -1])));
