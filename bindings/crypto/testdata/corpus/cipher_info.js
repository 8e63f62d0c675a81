const crypto = require('crypto');
const show = require('./_show');
for (const name of ['aes-128-cbc', 'aes-256-cbc', 'AES-192-CBC', 'aes-128-ecb', 'aes-256-ctr', 'aes-128-gcm', 'aes-256-gcm',
  'chacha20-poly1305', 'aes128', 'id-aes192-gcm', 'nope']) {
  console.log(name, crypto.getCipherInfo(name));
}
console.log(crypto.getCipherInfo('aes-128-gcm', { ivLength: 16 }));
console.log(crypto.getCipherInfo('aes-128-cbc', { ivLength: 12 }));
console.log(crypto.getCipherInfo('aes-128-cbc', { keyLength: 16 }));
console.log(crypto.getCipherInfo('aes-128-cbc', { keyLength: 32 }));
console.log(crypto.getCipherInfo(419));
show('bad type', () => crypto.getCipherInfo(true));
show('bad opt', () => crypto.getCipherInfo('aes-128-cbc', { keyLength: 'x' }));
