'use strict';
// ECDH's errors: curves, formats, keys before they exist, bad points and
// scalars.
const crypto = require('crypto');
const show = require('./_show');
show('curve', () => crypto.createECDH('nope'));
show('curve type', () => crypto.createECDH(5));
show('x25519', () => crypto.createECDH('x25519'));
const e = crypto.createECDH('secp384r1');
show('no public', () => e.getPublicKey());
show('no private', () => e.getPrivateKey());
show('no pair', () => e.computeSecret(Buffer.alloc(97, 4)));
show('format', () => e.generateKeys('hex', 'squashed'));
e.setPrivateKey('11'.repeat(48), 'hex');
show('bad point', () => e.computeSecret(Buffer.alloc(97, 1)));
show('short point', () => e.computeSecret(Buffer.from([4, 1, 2])));
show('other curve', () => e.computeSecret(crypto.createECDH('prime256v1').generateKeys()));
show('key type', () => e.computeSecret(42));
show('zero scalar', () => e.setPrivateKey(Buffer.alloc(48)));
show('big scalar', () => e.setPrivateKey(Buffer.alloc(48, 0xff)));
show('long scalar', () => e.setPrivateKey(Buffer.alloc(60, 1)));
show('still', () => e.getPrivateKey('hex'));
show('convert curve', () => crypto.ECDH.convertKey(Buffer.alloc(3), 'nope'));
show('convert point', () => crypto.ECDH.convertKey(Buffer.alloc(3), 'prime256v1'));
show('convert type', () => crypto.ECDH.convertKey(Buffer.alloc(3), 1));
show('convert format', () => crypto.ECDH.convertKey(Buffer.alloc(3), 'prime256v1', null, null, 'x'));
