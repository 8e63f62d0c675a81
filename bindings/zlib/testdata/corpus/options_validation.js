// Bad options throw node's errors: ERR_OUT_OF_RANGE and ERR_INVALID_ARG_TYPE
// with node's messages; undefined and NaN mean the default.
const zlib = require('zlib');
const tries = [
  ['createGzip', { level: 10 }], ['createGzip', { level: -2 }], ['createGzip', { level: 'high' }], ['createGzip', { level: Infinity }],
  ['createGzip', { level: NaN }], ['createGzip', { level: undefined }], ['createDeflate', { windowBits: 7 }], ['createGzip', { windowBits: 8 }],
  ['createDeflate', { windowBits: 8 }], ['createDeflateRaw', { windowBits: 8 }], ['createInflate', { windowBits: 0 }], ['createInflateRaw', { windowBits: 0 }],
  ['createDeflate', { windowBits: 16 }], ['createDeflate', { memLevel: 0 }], ['createDeflate', { memLevel: 10 }], ['createDeflate', { strategy: 5 }],
  ['createDeflate', { strategy: -1 }], ['createDeflate', { chunkSize: 63 }], ['createDeflate', { chunkSize: '1' }], ['createDeflate', { chunkSize: -Infinity }],
  ['createDeflate', { flush: 6 }], ['createDeflate', { finishFlush: -1 }], ['createDeflate', { flush: '2' }], ['createDeflate', { maxOutputLength: 0 }],
  ['createDeflate', { maxOutputLength: 2 ** 53 }], ['createDeflate', { dictionary: 'string dict' }], ['createDeflate', { dictionary: [1, 2] }],
  ['createBrotliCompress', { flush: 4 }], ['createBrotliCompress', { finishFlush: 3 }], ['createBrotliCompress', { chunkSize: 10 }],
  ['gzipSync', { level: 12 }], ['deflateRawSync', { memLevel: 1.5 }],
];
for (const [fn, opts] of tries) {
  try {
    const r = fn.endsWith('Sync') ? zlib[fn]('x', opts) : zlib[fn](opts);
    console.log(fn, JSON.stringify(opts), 'ok', r.constructor.name);
  } catch (e) {
    console.log(fn, JSON.stringify(opts), e.name, e.code, e.message);
  }
}
try {
  zlib.gzip('x', { level: 99 }, () => {});
} catch (e) {
  console.log('async throws', e.code, e.message);
}
try {
  zlib.gzip('x');
} catch (e) {
  console.log('no callback', e.code, e.message);
}
