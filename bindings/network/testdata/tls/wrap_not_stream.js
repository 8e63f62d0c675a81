// A TLSSocket or tls.connect over something that is not a stream throws
// node's TypeError.
const tls = require('tls');
const EventEmitter = require('events');

for (const v of [new EventEmitter(), {}, 42, 'x', { pause() {} }]) {
  try {
    new tls.TLSSocket(v);
    console.log('ok');
  } catch (e) {
    console.log('TLSSocket', e.name, e.code, e.message);
  }
  try {
    tls.connect({ socket: v });
    console.log('ok');
  } catch (e) {
    console.log('connect', e.name, e.code, e.message);
  }
}
