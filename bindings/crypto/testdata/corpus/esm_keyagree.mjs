// The new names through ESM imports.
import { createECDH, diffieHellman, createPrivateKey, createPublicKey, constants, X509Certificate, getDiffieHellman } from 'node:crypto';
import crypto from 'crypto';
import keys from './_keys2.js';
const a = createECDH('secp384r1');
a.setPrivateKey(Buffer.alloc(48, 9));
console.log(a.getPublicKey('base64', 'compressed'));
const x = createPrivateKey(keys.x1);
console.log(diffieHellman({ privateKey: x, publicKey: createPublicKey(keys.x2) }).toString('hex'));
console.log(constants.RSA_PKCS1_OAEP_PADDING, constants.DH_NOT_SUITABLE_GENERATOR, crypto.constants === constants);
console.log(typeof X509Certificate, getDiffieHellman('modp2').getPrime().length);
