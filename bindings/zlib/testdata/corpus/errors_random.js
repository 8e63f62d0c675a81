// Pseudo-random garbage after a valid zlib header fails with the same
// message zlib gives, whichever fault the bytes happen to hit first.
const zlib = require('zlib');
let seed = 12345;
function rand() {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed >> 16;
}
const counts = {};
for (let i = 0; i < 200; i++) {
  const len = 4 + (rand() % 60);
  const body = Buffer.alloc(len);
  for (let j = 0; j < len; j++) body[j] = rand() & 0xff;
  let msg;
  try {
    msg = 'ok ' + zlib.inflateRawSync(body).length;
  } catch (e) {
    msg = e.message + ' ' + e.code;
  }
  console.log(i, body.toString('hex').slice(0, 16), msg);
  counts[msg.startsWith('ok') ? 'ok' : msg] = (counts[msg.startsWith('ok') ? 'ok' : msg] || 0) + 1;
}
console.log(counts);
