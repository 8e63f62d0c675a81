// A write loop into a child's stdin while earlier writes are in flight:
// writableLength counts every chunk written (strings in UTF-16 units),
// write() turns false at the high-water mark, and cork(), a write with a
// callback, setDefaultEncoding(), an odd chunk type, end() and destroy()
// in the middle of the loop keep the bytes in order and the events as
// node's (a destroyed pipe completes its pending writes, with no error,
// after the turn's immediates, and fails the writes it queued).
const { spawn } = require('child_process');

function run(name, body, next) {
  const child = spawn('sh', ['-c', 'sleep 0.1; od -An -c | tr -s " \\n" " " | head -c 400; echo; cat >/dev/null']);
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d) => { out += d; });
  const order = [];
  child.stdin.on('drain', () => { if (!order.includes('drain 0')) order.push('drain ' + child.stdin.writableLength); });
  child.stdin.on('finish', () => order.push('finish'));
  child.stdin.on('close', () => order.push('close'));
  child.stdin.on('error', (e) => order.push('error ' + e.code));
  // Fill the pipe so that the writes below wait.
  const big = Buffer.alloc(1 << 20, 46);
  order.push('big ' + child.stdin.write(big));
  body(child.stdin, order);
  child.on('close', (code) => {
    console.log(name, order.join(' | '));
    console.log(name, 'od', out.replace(/\. /g, '').replace(/\*/g, '').trim().slice(0, 120), 'code', code);
    next();
  });
}

const steps = [
  ['loop', (s, order) => {
    let falses = 0;
    for (let i = 0; i < 5000; i++) if (!s.write(i % 3 ? 'ab' : Buffer.from('c'))) falses++;
    order.push('len ' + s.writableLength, 'falses ' + falses, 'needDrain ' + s.writableNeedDrain);
    s.write('é', () => order.push('cb é'));
    order.push('len ' + s.writableLength);
    s.end('Z', () => order.push('end cb'));
  }],
  ['cork', (s, order) => {
    s.write('a');
    s.write('b');
    s.cork();
    s.write('C');
    order.push('corked len ' + s.writableLength);
    s.write('d');
    process.nextTick(() => { s.uncork(); s.write('e'); order.push('uncorked len ' + s.writableLength); s.end(); });
  }],
  ['encoding', (s, order) => {
    s.write('x');
    s.setDefaultEncoding('hex');
    s.write('4142');
    order.push('len ' + s.writableLength);
    s.setDefaultEncoding('utf8');
    s.write('y');
    s.write(new Uint8Array([0x51, 0x52]));
    s.write(new Uint16Array([0x5453]));
    order.push('len ' + s.writableLength);
    s.end();
  }],
  ['destroy', (s, order) => {
    for (let i = 0; i < 100; i++) s.write('q');
    s.write('w', (err) => order.push('cb ' + (err && err.code)));
    order.push('len ' + s.writableLength);
    s.destroy();
    order.push('destroyed', 'write ' + s.write('r', (err) => order.push('r cb ' + (err && err.code))));
    setImmediate(() => order.push('immediate'));
  }],
  ['drain', (s, order) => {
    let n = 0;
    let drains = 0;
    (function pump() {
      while (n < 40) {
        n++;
        if (!s.write('0123456789'.repeat(500))) {
          if (drains++ === 0) order.push('false at ' + n);
          s.once('drain', pump);
          return;
        }
      }
      order.push('drains ' + (drains > 1), 'len ' + s.writableLength);
      s.end();
    })();
  }],
];

(function next() {
  const step = steps.shift();
  if (step) run(step[0], step[1], next);
})();
