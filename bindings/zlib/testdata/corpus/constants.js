// zlib.constants and zlib.codes are node's tables; the old top-level Z_*
// names are there, not enumerable, read-only.
const zlib = require('zlib');
console.log(zlib.constants);
console.log(Object.getPrototypeOf(zlib.constants));
console.log(zlib.codes, Object.isFrozen(zlib.codes));
const desc = Object.getOwnPropertyDescriptor(zlib, 'Z_FINISH');
console.log(desc);
console.log(Object.getOwnPropertyDescriptor(zlib, 'constants').writable, Object.getOwnPropertyDescriptor(zlib, 'constants').configurable);
const hidden = Object.getOwnPropertyNames(zlib).filter((k) => !Object.keys(zlib).includes(k));
console.log(hidden.join(' '));
console.log('BROTLI_PARAM_QUALITY' in zlib, zlib.Z_DEFAULT_CHUNK, zlib.Z_MAX_CHUNK, zlib.DEFLATE, zlib.UNZIP);
