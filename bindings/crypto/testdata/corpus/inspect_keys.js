'use strict';
// How key objects and certificates print.
const crypto = require('crypto');
const util = require('util');
const k = require('./_keys');
const certs = require('./_certs');
const priv = crypto.createPrivateKey(k.ec);
console.log(priv);
console.log(crypto.createSecretKey(Buffer.alloc(8)));
const pub = crypto.createPublicKey(k.ed);
console.log(pub);
console.log(pub.asymmetricKeyType);
console.log(pub, [pub], { key: pub });
console.log(util.inspect(priv, { depth: 0 }), util.format('%o', crypto.createSecretKey(Buffer.alloc(1))).split('\n')[0]);
console.log(`${priv}`, String(pub), Object.prototype.toString.call(priv));
const cert = new crypto.X509Certificate(certs.leaf);
console.log(cert);
console.log([new crypto.X509Certificate(certs.ed)]);
