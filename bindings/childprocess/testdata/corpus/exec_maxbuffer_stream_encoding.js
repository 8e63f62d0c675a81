// When the script sets an encoding on exec's stream itself, node's exec
// counts maxBuffer in the bytes of each decoded chunk and cuts the chunk
// that crosses it by UTF-16 units, whatever the exec's own encoding was.
const { exec } = require('child_process');

function show(label, err, stdout, stderr) {
  const fmt = (v) => (Buffer.isBuffer(v) ? 'Buffer ' + v.toString('hex') : JSON.stringify(v));
  console.log(label, err ? err.code : null, err ? err.message : '', fmt(stdout), fmt(stderr));
}

const unicode = '\u4e2d\u6587\u6d4b\u8bd5'; // 4 characters, 12 bytes in UTF-8
const cases = [
  ['stdout utf-8 over', `printf '${unicode}\\n'`, { encoding: null, maxBuffer: 10 }, 'stdout', 'utf-8'],
  ['stderr utf-8 cut', `printf '${unicode}' >&2`, { encoding: null, maxBuffer: 3 }, 'stderr', 'utf-8'],
  ['stdout hex', 'printf abcdef', { encoding: 'buffer', maxBuffer: 5 }, 'stdout', 'hex'],
  ['stdout latin1 under', 'printf abc', { encoding: null, maxBuffer: 5 }, 'stdout', 'latin1'],
  ['stdout base64 over', 'printf abcdef', { maxBuffer: 6 }, 'stdout', 'base64'],
  ['buffer cut, no encoding set', `printf '${unicode}' >&2`, { encoding: null, maxBuffer: 5 }, 'stderr', null],
];

function next(i) {
  if (i === cases.length) return;
  const [label, cmd, opts, which, enc] = cases[i];
  const child = exec(cmd, opts, (err, stdout, stderr) => {
    show(label, err, stdout, stderr);
    next(i + 1);
  });
  if (enc) child[which].setEncoding(enc);
  else child[which].on('data', () => {});
}
next(0);
