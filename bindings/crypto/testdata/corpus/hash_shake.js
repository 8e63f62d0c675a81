const crypto = require('crypto');
for (const len of [undefined, 0, 1, 16, 32, 100]) {
  const opts = len === undefined ? undefined : { outputLength: len };
  console.log('shake128', len, crypto.createHash('shake128', opts).update('abc').digest('hex'));
  console.log('shake256', len, crypto.createHash('shake256', opts).update('abc').digest('hex'));
}
