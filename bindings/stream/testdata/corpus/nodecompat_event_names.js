'use strict';
// A stream's eventNames lists only the events that have listeners, in the
// order of the slots its constructor prepares, then the rest.
const { Readable, Writable, Duplex, Transform, PassThrough } = require('stream');

for (const [name, make] of [
  ['Readable', () => new Readable()],
  ['Writable', () => new Writable()],
  ['Duplex', () => new Duplex()],
  ['Transform', () => new Transform()],
  ['PassThrough', () => new PassThrough()],
]) {
  const s = make();
  console.log(name, 'fresh', s.eventNames(), s.listenerCount('data'));
  s.on('custom', () => {});
  s.on('end', () => {});
  s.on('finish', () => {});
  s.on('error', () => {});
  s.on('close', () => {});
  console.log(name, s.eventNames());
  s.removeAllListeners('end');
  const f = () => {};
  s.on('drain', f);
  s.off('drain', f);
  console.log(name, 'after removal', s.eventNames());
}
