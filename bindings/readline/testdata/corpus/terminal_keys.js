'use strict';
// emitKeypressEvents decodes what a terminal sends into keypress events:
// plain and shifted characters, control and meta keys, the escape
// sequences of xterm, rxvt, gnome, putty and Cygwin with their modifiers,
// and a lone ESC that becomes the escape key after escapeCodeTimeout.
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
readline.emitKeypressEvents(input, { escapeCodeTimeout: 50 });
const seen = [];
input.on('keypress', (s, k) => seen.push([s, k]));

function show(label) {
  for (const [s, k] of seen) {
    const flags = ['ctrl', 'meta', 'shift'].filter((f) => k[f]).join('+');
    console.log(label, JSON.stringify(s), JSON.stringify(k.sequence), k.name, flags || '-', k.code === undefined ? '' : k.code);
  }
  seen.length = 0;
}

const cases = [
  'aZ9.', '\r\n\t\b\x7f ', '\x1b\r\x1b\n\x1b\t\x1b\x7f\x1b ', '\x01\x03\x1a', '\x1bb\x1bF',
  '\x1b[A\x1b[B\x1b[C\x1b[D\x1b[H\x1b[F\x1b[E', '\x1bOA\x1bOP\x1bOQ\x1bOR\x1bOS',
  '\x1b[11~\x1b[15~\x1b[24~\x1b[2~\x1b[3~\x1b[5~\x1b[6~\x1b[1~\x1b[4~\x1b[7~\x1b[8~',
  '\x1b[1;5A\x1b[1;2B\x1b[1;3C\x1b[1;9D\x1b[5H\x1b[3;5~\x1b[24;2~',
  '\x1b[a\x1b[2$\x1bOa\x1b[5^\x1b[Z\x1b[[A\x1b[[E\x1b[[5~',
  '\x1b[200~\x1b[201~\x1b[99~\x1b[1;5Q\x1bOZ',
  '\u00e9\u4e2d\ud83d\ude00', '\x1b\x1b[D', '\x1b\x1b\x1b',
];
for (const c of cases) {
  input.write(c);
  show(JSON.stringify(c));
}
// A character split across writes arrives whole.
input.write(Buffer.from([0xe2, 0x82]));
input.write(Buffer.from([0xac]));
show('split');
// A lone ESC waits for the rest of its sequence...
input.write('\x1b');
show('pending');
input.write('[A');
show('completed');
// ...and becomes the escape key when nothing follows in time.
input.write('\x1b');
setTimeout(() => {
  show('timeout');
  // A listener that throws does not wedge the decoder.
  input.once('keypress', () => { throw new Error('boom'); });
  try {
    input.write('x');
  } catch (e) {
    console.log('thrown', e.message);
  }
  seen.length = 0;
  input.write('\x1b[B');
  show('after throw');
}, 200);
