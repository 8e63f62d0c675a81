const { MessageChannel, receiveMessageOnPort } = require('worker_threads');
const { port1, port2 } = new MessageChannel();
function attempt(label, fn) {
  try { fn(); console.log(label, 'ok'); } catch (e) {
    console.log(label, e.name, e.message, e.code, e instanceof Error);
  }
}
attempt('function', () => port1.postMessage({ f: function named() {} }));
attempt('arrow', () => port1.postMessage(() => 1));
attempt('symbol', () => port1.postMessage(Symbol('s')));
attempt('symbol key ignored', () => port1.postMessage({ [Symbol('k')]: 1, a: 2 }));
console.log(receiveMessageOnPort(port2).message);
attempt('symbol no description', () => port1.postMessage([Symbol()]));
attempt('promise', () => port1.postMessage(Promise.resolve(1)));
attempt('weakmap', () => port1.postMessage(new WeakMap()));
attempt('source port', () => port1.postMessage(1, [port1]));
attempt('port not in list', () => port1.postMessage({ p: port2 }));
attempt('bad transfer item', () => port1.postMessage(1, [{}]));
attempt('no args', () => port1.postMessage());
const err = new RangeError('out', { cause: new Error('why') });
err.extra = 1;
port1.postMessage(err);
const got = receiveMessageOnPort(port2).message;
console.log(got instanceof RangeError, got.name, got.message, got.cause.message, got.extra, typeof got.stack);
const custom = new Error('custom');
custom.name = 'MyError';
const g2 = receiveMessageOnPort((port1.postMessage(custom), port2)).message;
console.log(g2.name, g2.message);
console.log('nothing queued', receiveMessageOnPort(port2));
attempt('not a port', () => receiveMessageOnPort({}));
port1.close();
