'use strict';
// Terminal-mode line editing: what each key does to rl.line and rl.cursor
// and the escape codes the prompt line is redrawn with.
const readline = require('readline');
const { PassThrough } = require('stream');

function make(opts) {
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (d) => { out += d; });
  output.columns = opts && opts.columns;
  const rl = readline.createInterface({ input, output, terminal: true, prompt: '$ ', ...opts });
  const lines = [];
  rl.on('line', (l) => lines.push(l));
  return {
    rl,
    input,
    key(s) { input.write(s); },
    show(label) {
      console.log(label.padEnd(14), JSON.stringify(rl.line), rl.cursor, JSON.stringify(out), JSON.stringify(lines));
      out = '';
      lines.length = 0;
    },
  };
}

const t = make();
t.rl.prompt();
t.show('prompt');
t.key('hello world');
t.show('typed');
t.key('\x1b[D\x1b[D');
t.show('left x2');
t.key('\x01');
t.show('ctrl-a');
t.key('\x05');
t.show('ctrl-e');
t.key('\x1bb');
t.show('meta-b');
t.key('\x1b[1;5C');
t.show('ctrl-right');
t.key('\x17');
t.show('ctrl-w');
t.key('\x19');
t.show('ctrl-y');
t.key('\x1b[H\x1b[3~');
t.show('home delete');
t.key('\x1f');
t.show('undo');
t.key('\x1e');
t.show('redo');
t.key('\x0b');
t.show('ctrl-k');
t.key('\x7f');
t.show('backspace');
t.key('\x15');
t.show('ctrl-u');
t.key('\x19\x1by');
t.show('yank yank-pop');
t.key('\r');
t.show('return');
t.key('first\rsecond\r\nthird\n');
t.show('lines');
t.key('s');
t.show('typed s');
t.key('\x1b[A');
t.show('up (search s)');
t.key('\x1b[A');
t.show('up again');
t.key('\x1b[B\x1b[B');
t.show('down x2');
t.key('\x10\x0e');
t.show('ctrl-p ctrl-n');
t.key('\x1bd');
t.show('meta-d');
console.log('history', JSON.stringify(t.rl.history));
t.key('\x0c');
t.show('ctrl-l');
t.rl.on('SIGINT', () => console.log('SIGINT'));
t.key('\x03');
t.show('ctrl-c');
t.rl.on('close', () => console.log('close'));
t.key('\x04');
t.show('ctrl-d empty');

// Wrapping: a narrow terminal, wide characters and a tab.
const w = make({ columns: 10, prompt: '> ' });
w.rl.prompt();
w.key('abcdefghijkl');
w.show('wrapped');
console.log('pos', JSON.stringify(w.rl.getCursorPos()));
w.key('\x1b[D'.repeat(5));
w.show('back 5');
w.key('\u4e2d\u6587\t');
w.show('wide+tab');
console.log('pos', JSON.stringify(w.rl.getCursorPos()));
// Keys typed one at a time redraw when the line wraps.
for (const ch of 'mnopq\u4e2drstuvwxyz') w.key(ch);
w.show('typed 1 by 1');
w.key('\x1b[1;5D\x1b[1;5D');
w.show('word left x2');
w.key('\x1b[3;5~');
w.show('ctrl-delete');
w.rl.close();

// History options.
const h = make({ history: ['old2', 'old1'], historySize: 3, removeHistoryDuplicates: true });
h.rl.on('history', (hist) => console.log('history event', JSON.stringify(hist)));
h.key('a\rb\ra\r  \rc\r');
h.show('entered');
console.log('history', JSON.stringify(h.rl.history));
h.rl.close();

// Tab completion: a common prefix, then the list on a second tab.
const c = make({ columns: 30, completer: (line) => [['apple', 'apricot', 'avocado'].filter((x) => x.startsWith(line)), line] });
c.rl.prompt();
c.key('a');
c.key('\t');
c.show('tab');
c.key('\t');
c.show('tab tab');
c.key('p');
c.key('\t');
c.show('ap tab');
c.key('r\t');
c.show('apr tab');
c.rl.close();

// A completer that fails.
const e = make({ completer: (line, cb) => cb('no') });
e.key('x\t');
e.show('tab error');
e.rl.close();

// question() draws its query as the prompt; an aborted question gives the
// line to 'line'; promisified, it resolves with the answer.
const q = make();
q.rl.question('name? ', (a) => console.log('answer', a));
q.key('bob\r');
q.show('question');
const ac = new AbortController();
q.rl.question('age? ', { signal: ac.signal }, () => console.log('not called'));
ac.abort();
q.key('42\r');
q.show('aborted');
const ask = require('util').promisify(q.rl.question).bind(q.rl);
ask('city? ').then((a) => {
  console.log('promised', a);
  const ac2 = new AbortController();
  const p = ask('zip? ', { signal: ac2.signal });
  ac2.abort();
  return p;
}).catch((err) => {
  console.log('rejected', err.name, err.code);
  q.rl.close();
});
q.key('paris\r');
