'use strict';
// crypto.constants: every key and value, and which can be changed.
const { constants } = require('crypto');
const l = Object.getOwnPropertyDescriptor(constants, 'defaultCipherList');
console.log(typeof l.get, typeof l.set, l.enumerable, l.configurable);
console.log(Object.keys(constants).length);
for (const [k, v] of Object.entries(constants)) console.log(k, typeof v, typeof v === 'string' ? v.length : v);
console.log(Object.getPrototypeOf(constants), Object.isFrozen(constants));
const d = Object.getOwnPropertyDescriptor(constants, 'RSA_PKCS1_PADDING');
console.log(d.writable, d.enumerable, d.configurable);
const l2 = Object.getOwnPropertyDescriptor(constants, 'defaultCipherList');
console.log(typeof l2.get, l2.writable, l2.enumerable);
try {
  constants.RSA_PKCS1_PADDING = 9;
} catch (e) {
  console.log(e.name);
}
console.log(constants.RSA_PKCS1_PADDING);
constants.defaultCipherList = 'HIGH';
console.log(constants.defaultCipherList, constants.defaultCoreCipherList === 'HIGH');
console.log(require('crypto').constants === constants);
