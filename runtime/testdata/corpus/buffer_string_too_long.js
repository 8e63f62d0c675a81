'use strict';
// Decoding a buffer into a string longer than V8's limit throws
// ERR_STRING_TOO_LONG, from toString and from a StringDecoder alike, before
// any decoding is done.
const { StringDecoder } = require('string_decoder');
const { constants } = require('buffer');

console.log('limit', constants.MAX_STRING_LENGTH.toString(16));
const half = Buffer.alloc(constants.MAX_STRING_LENGTH / 2 + 1);
const tries = {
  hex: () => half.toString('hex'),
  'hex small': () => half.toString('hex', 0, 4),
  base64: () => Buffer.alloc(constants.MAX_STRING_LENGTH / 4 * 3 + 3).toString('base64'),
  'decoder hex': () => new StringDecoder('hex').write(half),
  'decoder latin1': () => new StringDecoder('latin1').write(Buffer.alloc(constants.MAX_STRING_LENGTH + 1)),
};
for (const [name, fn] of Object.entries(tries)) {
  try {
    console.log(name, fn());
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
}
