'use strict';
// The events module's own errors read as node's: "Name [CODE]: message" from
// toString and at the head of the stack, an own enumerable code, and the
// received value described as node describes it.
const EventEmitter = require('events');

const cases = [
  ['captureRejections number', () => new EventEmitter({ captureRejections: 1 })],
  ['captureRejections anonymous function', () => new EventEmitter({ captureRejections: [function () {}][0] })],
  ['captureRejections named function', () => new EventEmitter({ captureRejections: function named() {} })],
  ['captureRejections object', () => new EventEmitter({ captureRejections: {} })],
  ['captureRejections long string', () => new EventEmitter({ captureRejections: 'a very long string indeed, longer than that' })],
  ['default captureRejections', () => { EventEmitter.captureRejections = null; }],
  ['listener', () => new EventEmitter().on('x', 5)],
  ['prepend listener', () => new EventEmitter().prependListener('x', [() => {}][0] && 'str')],
  ['once listener', () => new EventEmitter().once('x', null)],
  ['setMaxListeners', () => new EventEmitter().setMaxListeners(-1)],
  ['defaultMaxListeners', () => { EventEmitter.defaultMaxListeners = NaN; }],
];
for (const [what, f] of cases) {
  try {
    f();
    console.log(what, 'accepted');
  } catch (e) {
    console.log(what, '|', String(e), '|', e.stack.split('\n')[0] === String(e), Object.keys(e));
  }
}
