const crypto = require('crypto');
const show = require('./_show');
const key = Buffer.alloc(16, 1), iv = Buffer.alloc(16, 2);
const c = crypto.createCipheriv('aes-128-cbc', key, iv).setAutoPadding(false);
const ct = Buffer.concat([c.update(Buffer.alloc(32, 0x41)), c.final()]);
console.log('nopad', ct.length, ct.toString('hex'));
const d = crypto.createDecipheriv('aes-128-cbc', key, iv);
d.setAutoPadding(false);
console.log('nopad dec', Buffer.concat([d.update(ct), d.final()]).toString());
show('partial enc', () => { const x = crypto.createCipheriv('aes-128-cbc', key, iv); x.setAutoPadding(false); x.update(Buffer.alloc(15)); x.final(); });
show('partial dec', () => { const x = crypto.createDecipheriv('aes-128-cbc', key, iv); x.update(Buffer.alloc(15)); x.final(); });
show('empty dec', () => crypto.createDecipheriv('aes-128-cbc', key, iv).final());
show('bad pad', () => { const x = crypto.createDecipheriv('aes-128-cbc', key, iv); x.update(ct.subarray(0, 16)); x.final(); });
show('wrong key', () => {
  const e = crypto.createCipheriv('aes-128-cbc', key, iv);
  const t = Buffer.concat([e.update('secret message'), e.final()]);
  const x = crypto.createDecipheriv('aes-128-cbc', Buffer.alloc(16, 9), iv);
  x.update(t);
  x.final();
});
show('pad after final', () => { const x = crypto.createCipheriv('aes-128-cbc', key, iv); x.final(); x.setAutoPadding(true); });
show('final twice', () => { const x = crypto.createCipheriv('aes-128-cbc', key, iv); x.final(); x.final(); });
show('update after final', () => { const x = crypto.createCipheriv('aes-128-cbc', key, iv); x.final(); x.update('a'); });
try {
  const x = crypto.createDecipheriv('aes-128-cbc', key, iv);
  x.update(Buffer.alloc(16));
  x.final();
} catch (e) {
  console.log(String(e), e.library, e.reason, e.code, e instanceof Error, e.constructor === Error);
}
