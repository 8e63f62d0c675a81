const crypto = require('crypto');
const keys = require('./_keys');
const show = require('./_show');
const data = Buffer.from('message to sign');
const ed = crypto.createPrivateKey(keys.ed);
const edSig = crypto.sign(null, data, ed);
console.log('ed25519', edSig.toString('hex'));
console.log('ed25519 verify', crypto.verify(null, data, crypto.createPublicKey(ed), edSig), crypto.verify(undefined, Buffer.from('other'), ed, edSig));
const rsa = crypto.createPrivateKey(keys.rsa);
for (const alg of ['sha1', 'sha256', 'sha512', 'RSA-SHA256', 'md5', null]) {
  const sig = crypto.sign(alg, data, rsa);
  console.log('rsa', alg, sig.toString('base64'), crypto.verify(alg, data, crypto.createPublicKey(rsa), sig));
}
console.log('rsa pem key', crypto.sign('sha256', data, keys.rsa).toString('hex').slice(0, 32));
const pss = crypto.sign('sha256', data, { key: rsa, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 });
console.log('pss', pss.length, crypto.verify('sha256', data, { key: rsa, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, pss),
  crypto.verify('sha256', data, { key: rsa, padding: crypto.constants.RSA_PKCS1_PSS_PADDING }, pss),
  crypto.verify('sha256', data, rsa, pss));
for (const k of [keys.ec, keys.ec384]) {
  const ec = crypto.createPrivateKey(k);
  const der = crypto.sign('sha256', data, ec);
  const p1363 = crypto.sign('sha384', data, { key: ec, dsaEncoding: 'ieee-p1363' });
  console.log('ecdsa', der[0], p1363.length,
    crypto.verify('sha256', data, crypto.createPublicKey(ec), der),
    crypto.verify('sha384', data, { key: crypto.createPublicKey(ec), dsaEncoding: 'ieee-p1363' }, p1363),
    crypto.verify('sha384', data, crypto.createPublicKey(ec), p1363),
    crypto.verify('sha256', Buffer.from('x'), ec, der));
}
show('ed digest', () => crypto.sign('sha256', data, ed));
show('no key', () => crypto.sign('sha256', data));
show('pub key', () => crypto.sign('sha256', data, crypto.createPublicKey(rsa)));
show('bad digest', () => crypto.sign('nope', data, rsa));
show('bad dsaEncoding', () => crypto.sign('sha256', data, { key: rsa, dsaEncoding: 'x' }));
show('bad padding', () => crypto.sign('sha256', data, { key: rsa, padding: 'x' }));
show('garbage sig', () => crypto.verify('sha256', data, rsa, Buffer.from('xx')));
show('string data', () => crypto.sign(null, 'message to sign', ed).equals(edSig));
show('alg type', () => crypto.sign(5, data, rsa));
show('cb type', () => crypto.sign(null, data, ed, 5));
crypto.sign(null, data, ed, (err, sig) => {
  console.log('async sign', err, sig.equals(edSig));
  crypto.verify(null, data, ed, sig, (err2, ok) => console.log('async verify', err2, ok));
});
console.log('sync end');
