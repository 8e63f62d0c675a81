'use strict';
// The encoding _write sees: in object mode what the caller gave (null when
// a callback takes its place); otherwise the default or 'buffer'.
const { Writable } = require('stream');

const obj = new Writable({
  objectMode: true,
  write(chunk, encoding, cb) { console.log('object', JSON.stringify(chunk), encoding); cb(); },
});
obj.write('a');
obj.write('b', () => {});
obj.write('c', 'base64');
obj.write(42, 'not-an-encoding');
obj.end({ k: 1 });

const plain = new Writable({
  decodeStrings: false,
  write(chunk, encoding, cb) { console.log('strings', JSON.stringify(chunk), encoding); cb(); },
});
plain.write('a');
plain.write('b', () => {});
plain.write('c', 'ucs2');
plain.write(Buffer.from('d'));
try { plain.write('e', 'not-an-encoding'); } catch (e) { console.log(e.code, e.message); }
plain.end();

const dec = new Writable({
  write(chunk, encoding, cb) { console.log('decoded', chunk, encoding); cb(); },
});
dec.write('ff', 'hex');
dec.end('x', 'latin1');
