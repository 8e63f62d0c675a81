import crypto, { createHash, randomUUID, webcrypto } from 'node:crypto';
import { createHmac } from 'crypto';
console.log(createHash('sha256').update('esm').digest('hex'));
console.log(createHmac('sha1', 'k').update('esm').digest('hex'));
console.log(typeof randomUUID(), webcrypto === globalThis.crypto, crypto.createHash === createHash);
const buf = await crypto.subtle.digest('SHA-1', new Uint8Array([1, 2, 3]));
console.log(Buffer.from(buf).toString('hex'));
