'use strict';
// With captureRejections, a rejected async listener's reason goes to the
// emitter's captureRejectionSymbol method if it has one, else to 'error'.
const EventEmitter = require('events');
const { captureRejectionSymbol } = EventEmitter;

console.log(captureRejectionSymbol.toString(), captureRejectionSymbol === Symbol.for('nodejs.rejection'));

class Custom extends EventEmitter {
  [captureRejectionSymbol](err, event, ...args) {
    console.log('symbol method', err.message, event, args);
  }
}
const c = new Custom({ captureRejections: true });
c.on('go', async () => { throw new Error('from go'); });
c.emit('go', 1, 'two');

const plain = new EventEmitter({ captureRejections: true });
plain.on('x', () => Promise.reject(42));
plain.on('error', (err) => console.log('error event got', err, typeof err));
plain.emit('x');

const off = new EventEmitter();
off.on('y', async () => 'fine');
console.log('no capture', off.emit('y'), EventEmitter.captureRejections);

const thenable = new EventEmitter({ captureRejections: true });
thenable.on('t', () => ({ then(res, rej) { rej(new Error('thenable')); } }));
thenable.on('error', (e) => console.log('thenable rejection', e.message));
thenable.emit('t');
