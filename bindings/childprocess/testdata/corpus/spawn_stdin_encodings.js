// Strings written to a child's stdin in each encoding node knows, mixed
// with Buffers and typed arrays, and a default encoding set on the stream:
// the child receives exactly node's bytes.
const { spawn } = require('child_process');

const child = spawn('od', ['-An', '-tx1', '-v']);
let out = '';
child.stdout.on('data', (d) => { out += d; });
child.stdin.write('héllo ');
child.stdin.write('68c3a9', 'hex');
child.stdin.write('aMOp', 'base64');
child.stdin.write('\u00e9', 'latin1');
child.stdin.write('\u00e9', 'binary');
child.stdin.write('A\u20ac', 'utf16le');
child.stdin.write('ab', 'ascii');
child.stdin.write(new Uint8Array([1, 2, 3]));
child.stdin.write('\ud83d\ude00', 'utf-8', () => {});
child.stdin.cork();
child.stdin.write('c1');
child.stdin.write('c2', 'hex');
child.stdin.write('\u00ff', 'latin1');
child.stdin.uncork();
child.stdin.setDefaultEncoding('hex');
child.stdin.write('ff00');
console.log('writableLength counts string length', child.stdin.writableLength >= 0);
child.stdin.end('7a');
child.on('close', (code) => {
  console.log(out.replace(/\s+/g, ' ').trim());
  console.log('code', code);
});
