// A Readable of many small chunks piped (pipeline) into a child's stdin:
// backpressure pauses the source and 'drain' resumes it, every byte
// arrives in order, and the stdin's events and pipeline's callback come
// in node's order.
const { spawn } = require('child_process');
const { Readable, pipeline, Writable } = require('stream');

const child = spawn('sh', ['-c', 'sleep 0.1; cksum']);
let out = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', (d) => { out += d; });
const order = [];
let i = 0;
let pauses = 0;
const src = new Readable({
  read() {
    while (i < 50000) {
      i++;
      if (!this.push(i % 1000 === 0 ? Buffer.from('#') : String.fromCharCode(97 + (i % 26)))) return;
    }
    this.push(null);
  },
});
src.on('pause', () => { pauses++; });
console.log('instanceof Writable', child.stdin instanceof Writable);
child.stdin.on('finish', () => order.push('finish'));
child.stdin.on('close', () => order.push('stdin close'));
pipeline(src, child.stdin, (err) => {
  order.push('pipeline ' + (err ? err.code : 'ok'));
});
child.on('close', (code) => {
  console.log(order.join(' | '));
  console.log('paused', pauses > 0, 'cksum', out.trim(), 'code', code);
});
