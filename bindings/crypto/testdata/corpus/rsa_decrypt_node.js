'use strict';
// Ciphertexts node made with the RSA key in _keys.js, decrypted here.
const crypto = require('crypto');
const k = require('./_keys');
const fromNode = {
  oaep: 'Wdh5zXQz6Ob4GsEodbmquRlgD5ZH/raw9o5ztE/AKPbTb3LDgQOYxvQRub/ZcrF34ep10kGTIzm6Cq41Kv5aQ235xcndRkRnbuSNRpZHGruvd3AWZVKEnSoiumSnW0jcPfWUQHMZoJiUiFXIeS1SY8wQ3v4tqBc1+KgOdBtWsA4=',
  oaep256: 'GaHkWcXUf2i7v3akBP20ZEcO1L8V1gdHdSXiC8LCX4OafM9UNbruHl3RmGLufPcY0f0Aw4AcQrhoTA9OLxXrWUY0OJaIAEHgwaBVMXP+qNLUAM07otr9BOgPAjZsPCXbiBjZEVyyrykfVYDsNoS0/WT1ZA9VWLJHxpSpWvyVr94=',
  raw: 'am37EW6A5TaW2xB/p4PYsZu45waYzA21gPVhhgK/GRApj2sUtygVe+icl+vDlEgRiYhxMUh96SV9GAPS8nBcMGX0Jflib08eN2ykKIU+SKSB0rDXPKnp9qdvUvsrti1sGFbjtWw0dHUQse89eLhKDHrC2xHgNXMQE4w2peAvfS8='
};
const priv = crypto.createPrivateKey(k.rsa);
console.log(crypto.privateDecrypt(priv, Buffer.from(fromNode.oaep, 'base64')).toString());
console.log(crypto.privateDecrypt({ key: k.rsa, oaepHash: 'sha256', oaepLabel: Buffer.from('L') }, Buffer.from(fromNode.oaep256, 'base64')).toString());
const raw = crypto.privateDecrypt({ key: priv, padding: crypto.constants.RSA_NO_PADDING }, Buffer.from(fromNode.raw, 'base64'));
console.log(raw.length, raw.toString());
// privateEncrypt is deterministic: the same bytes as node's.
console.log(crypto.createHash('sha256').update(crypto.privateEncrypt(priv, Buffer.from('made by node'))).digest('hex'));
