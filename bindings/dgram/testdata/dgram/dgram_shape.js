// The module's and the socket's shape.
const dgram = require('dgram');
console.log(Object.keys(dgram).filter((k) => !k.startsWith('_')).sort().join(','));
const s = dgram.createSocket('udp4');
const methods = ['bind', 'connect', 'disconnect', 'send', 'sendto', 'close', 'address', 'remoteAddress',
  'setBroadcast', 'setTTL', 'setMulticastTTL', 'setMulticastLoopback', 'setMulticastInterface',
  'addMembership', 'dropMembership', 'addSourceSpecificMembership', 'dropSourceSpecificMembership',
  'ref', 'unref', 'setRecvBufferSize', 'setSendBufferSize', 'getRecvBufferSize', 'getSendBufferSize',
  'getSendQueueSize', 'getSendQueueCount'];
console.log(methods.map((m) => typeof s[m]).join(','));
console.log(typeof s[Symbol.asyncDispose], s.type, typeof s.on, s.listenerCount('message'));
const t = dgram.createSocket('udp6', () => {});
console.log(t.type, t.listenerCount('message'));
console.log(require('node:dgram') === dgram);
s.close(); t.close();
