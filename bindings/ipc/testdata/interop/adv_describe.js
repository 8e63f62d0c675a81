'use strict';
// describe prints a value the same way under node and jsproc: util.inspect
// for most, a view's type and bytes for ArrayBufferViews (whose byteOffset
// into the received message differs between runtimes).
const util = require('util');

function describe(v) {
  if (ArrayBuffer.isView(v)) {
    const bytes = Array.from(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
    const name = Buffer.isBuffer(v) ? 'Buffer' : Object.prototype.toString.call(v).slice(8, -1);
    if (bytes.length > 16) return name + '(' + bytes.length + ' bytes, sum ' + bytes.reduce((a, b) => a + b, 0) + ')';
    return name + '(' + bytes.join(',') + ')';
  }
  if (v instanceof Error) {
    return 'Error ' + [v.constructor.name, v.name, v.message, 'code' in v, typeof v.stack, util.inspect(v.cause)].join('|');
  }
  if (Array.isArray(v)) return '[' + v.map(describe).join(', ') + ']';
  if (v instanceof Map) return 'Map{' + [...v].map(([k, x]) => describe(k) + '=>' + describe(x)).join(', ') + '}';
  if (v instanceof Set) return 'Set{' + [...v].map(describe).join(', ') + '}';
  if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    return '{' + Object.keys(v).map((k) => k + ': ' + (v[k] === v ? '[self]' : describe(v[k]))).join(', ') + '}';
  }
  return util.inspect(v);
}

module.exports = describe;
