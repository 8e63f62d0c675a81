// Writes into a child's stdin while nothing is in flight (the pipe has
// room): each completes at once, write() returns true and writableLength
// stays 0, whatever the chunk (Buffer, string, Uint8Array), until one
// does not fit; then write() returns false, writableLength counts the
// chunk (a string in UTF-16 units) and 'drain' follows. After the drain
// the pipe is idle again. cork(), setDefaultEncoding(), end() and
// destroy() change what the next idle write does, as in node.
const { spawn } = require('child_process');

function run(name, body, next) {
  const child = spawn('sh', ['-c', 'sleep 0.2; wc -c']);
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d) => { out += d; });
  const order = [];
  child.stdin.on('drain', () => order.push('drain ' + child.stdin.writableLength));
  child.stdin.on('finish', () => order.push('finish'));
  child.stdin.on('close', () => order.push('close'));
  child.stdin.on('error', (e) => order.push('error ' + e.code));
  body(child.stdin, order, () => {
    child.on('close', (code) => {
      console.log(name, order.join(' | '));
      console.log(name, 'bytes', out.trim(), 'code', code);
      next();
    });
  });
}

const w = (s, order, chunk, label) => {
  const r = s.write(chunk);
  order.push(label + ' ' + r + ' ' + s.writableLength + ' ' + s.writableNeedDrain);
};

const steps = [
  ['idle', (s, order, done) => {
    w(s, order, Buffer.from('ab'), 'buf');
    w(s, order, Buffer.from('cd'), 'buf');
    w(s, order, 'héllo', 'str');
    w(s, order, new Uint8Array([0x41, 0x42]), 'u8');
    w(s, order, Buffer.alloc(0), 'empty');
    s.end();
    done();
  }],
  ['fill', (s, order, done) => {
    w(s, order, Buffer.from('x'), 'first');
    w(s, order, Buffer.from('y'), 'second');
    const big = 'é'.repeat(1 << 20);
    w(s, order, big, 'big');
    w(s, order, Buffer.from('z'), 'after');
    s.once('drain', () => {
      w(s, order, Buffer.from('1'), 'idle again');
      w(s, order, '22', 'idle again');
      s.end('!');
      done();
    });
  }],
  ['cork', (s, order, done) => {
    w(s, order, Buffer.from('a'), 'a');
    s.cork();
    w(s, order, Buffer.from('b'), 'corked');
    w(s, order, 'c', 'corked');
    s.uncork();
    order.push('uncorked ' + s.writableLength);
    w(s, order, Buffer.from('d'), 'd');
    s.end();
    done();
  }],
  ['encoding', (s, order, done) => {
    w(s, order, Buffer.from('a'), 'a');
    s.setDefaultEncoding('hex');
    w(s, order, '4243', 'hex');
    s.setDefaultEncoding('utf8');
    w(s, order, 'de', 'utf8');
    s.end();
    done();
  }],
  ['after end', (s, order, done) => {
    w(s, order, Buffer.from('a'), 'a');
    s.end();
    try {
      w(s, order, Buffer.from('b'), 'late');
    } catch (e) {
      order.push('threw ' + e.code);
    }
    done();
  }],
  ['after destroy', (s, order, done) => {
    w(s, order, Buffer.from('a'), 'a');
    s.destroy();
    w(s, order, Buffer.from('b'), 'late');
    done();
  }],
];

let i = 0;
(function next() {
  if (i === steps.length) return;
  const [name, body] = steps[i++];
  run(name, body, next);
})();
