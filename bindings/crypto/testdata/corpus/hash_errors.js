const crypto = require('crypto');
const show = require('./_show');
show('unknown', () => crypto.createHash('nope'));
show('type', () => crypto.createHash(1));
show('data', () => crypto.createHash('sha256').update(1));
show('data obj', () => crypto.createHash('sha256').update({}));
show('odd hex', () => crypto.createHash('sha256').update('abc', 'hex'));
show('twice', () => { const h = crypto.createHash('sha256'); h.digest(); h.digest(); });
show('update after', () => { const h = crypto.createHash('sha256'); h.digest(); h.update('x'); });
show('copy after', () => { const h = crypto.createHash('sha256'); h.digest(); h.copy(); });
show('outputLength fixed', () => crypto.createHash('sha256', { outputLength: 5 }));
show('outputLength same', () => crypto.createHash('sha256', { outputLength: 32 }).digest('hex'));
show('outputLength neg', () => crypto.createHash('sha256', { outputLength: -1 }));
show('outputLength frac', () => crypto.createHash('shake128', { outputLength: 1.5 }));
show('outputLength str', () => crypto.createHash('shake128', { outputLength: '4' }));
for (const [label, f] of [
  ['update on other', () => crypto.Hash.prototype.update.call({}, 'a')],
  ['cipher update on other', () => crypto.Cipheriv.prototype.update.call({}, 'a')],
]) {
  try {
    f();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e instanceof TypeError);
  }
}
