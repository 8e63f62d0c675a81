'use strict';
// getDiffieHellman's MODP groups: primes, generators, verifyError, and a
// deterministic exchange over each with fixed private keys.
const crypto = require('crypto');
for (const name of ['modp1', 'modp2', 'modp5', 'modp14', 'modp15', 'modp16', 'modp17', 'modp18']) {
  const g = crypto.getDiffieHellman(name);
  const p = g.getPrime();
  console.log(name, p.length, g.getGenerator('hex'), g.verifyError, p.toString('hex').slice(0, 24), p.toString('base64').slice(-12));
  const a = crypto.createDiffieHellman(p);
  const b = crypto.createDiffieHellman(p.toString('hex'), 'hex', Buffer.from([2]));
  a.setPrivateKey(Buffer.from('0123456789abcdef0123456789abcdef', 'hex'));
  b.setPrivateKey('fedcba9876543210fedcba9876543210', 'hex');
  const pa = a.generateKeys();
  const pb = b.generateKeys('base64');
  const s1 = a.computeSecret(pb, 'base64', 'hex');
  const s2 = b.computeSecret(pa).toString('hex');
  console.log(' ', pa.toString('hex').slice(-16), s1.slice(0, 32), s1 === s2, s1.length / 2);
}
const g = crypto.createDiffieHellmanGroup('modp14');
const h = crypto.getDiffieHellman('modp14');
const pg = g.generateKeys();
h.generateKeys();
console.log(g.computeSecret(h.getPublicKey()).equals(h.computeSecret(pg)), g.getPrivateKey().length > 0);
console.log(g instanceof crypto.DiffieHellmanGroup, crypto.DiffieHellmanGroup('modp1') instanceof crypto.DiffieHellmanGroup);
console.log(Object.keys(g), JSON.stringify(Object.getOwnPropertyDescriptor(g, 'verifyError')));
console.log(Object.getOwnPropertyNames(crypto.DiffieHellmanGroup.prototype).join());
console.log(Object.getOwnPropertyNames(crypto.DiffieHellman.prototype).join());
console.log(crypto.createDiffieHellman.length, crypto.getDiffieHellman.length, crypto.DiffieHellman.length,
  crypto.createDiffieHellmanGroup === crypto.getDiffieHellman);
