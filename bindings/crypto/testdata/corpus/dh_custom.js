'use strict';
// createDiffieHellman with primes and generators in every form, and
// verifyError's verdicts.
const crypto = require('crypto');
const p14 = crypto.getDiffieHellman('modp14').getPrime();
const notPrime = Buffer.from(p14);
notPrime[notPrime.length - 1] ^= 2;
const even = Buffer.from(p14);
even[even.length - 1] ^= 1;
// A 512-bit prime that is not a safe prime (p - 1 has small factors).
const plain = Buffer.from('f'.repeat(127) + 'd', 'hex');
const cases = [
  ['modp14', p14, undefined],
  ['modp14 g5', p14, 5],
  ['modp14 g buffer', p14, Buffer.from([3])],
  ['modp14 g hex', p14.toString('hex'), 'hex', '07', 'hex'],
  ['not prime', notPrime, undefined],
  ['even', even, 2],
  ['big generator', p14, Buffer.from(p14)],
  ['tiny', Buffer.from([23]), 5],
  ['tiny not prime', Buffer.from([21]), 2],
  ['ff', 'ff', 'hex', 'ff', 'hex'],
  ['512 plain', plain, 2],
  ['array buffer', new Uint8Array(p14).buffer, 2],
  ['latin1 shift', 'abc', 'foo'],
];
for (const [label, ...args] of cases) {
  const d = crypto.createDiffieHellman(...args);
  console.log(label, d.verifyError, d.getGenerator('hex'), d.getPrime().length, Object.keys(d));
}
const d = crypto.createDiffieHellman(p14, 0);
console.log('zero generator', d.getGenerator('hex'));
const a = crypto.createDiffieHellman(p14);
a.setPrivateKey(Buffer.from([1, 2, 3, 4, 5]));
console.log(a.getPrivateKey('hex'), a.generateKeys('hex').slice(0, 20));
a.setPublicKey('07', 'hex');
console.log(a.getPublicKey('hex'));
const b = crypto.DiffieHellman(p14);
console.log(b instanceof crypto.DiffieHellman, JSON.stringify(Object.getOwnPropertyDescriptor(b, 'verifyError')));
const gen = crypto.createDiffieHellman(512);
console.log('generated', gen.getPrime().length, gen.getGenerator('hex'), gen.verifyError);
const peer = crypto.createDiffieHellman(gen.getPrime(), gen.getGenerator());
gen.generateKeys();
console.log(gen.computeSecret(peer.generateKeys()).equals(peer.computeSecret(gen.getPublicKey())));
