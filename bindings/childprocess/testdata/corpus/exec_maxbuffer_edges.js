// maxBuffer edge cases of exec and execFile: exactly at the limit, one
// byte over, 0, multi-byte characters (node counts bytes but cuts the
// decoded string by UTF-16 units), other encodings, stderr, Infinity.
const { exec, execFile } = require('child_process');

function show(label, err, stdout, stderr) {
  const out = Buffer.isBuffer(stdout) ? 'Buffer ' + stdout.toString('hex') : JSON.stringify(stdout);
  console.log(label, err ? err.code : null, err ? err.message.split('\n')[0] : '', out, JSON.stringify(String(stderr)));
  if (err) console.log('  killed', err.killed, 'signal', err.signal, err instanceof RangeError);
}

const cases = [
  ['exact', 'printf abcde', { maxBuffer: 5 }],
  ['over by one', 'printf abcdef', { maxBuffer: 5 }],
  ['zero', 'printf a', { maxBuffer: 0 }],
  ['zero empty', 'true', { maxBuffer: 0 }],
  ['utf8 cut', 'printf "h\\303\\251llo w\\303\\266rld"', { maxBuffer: 4 }],
  ['utf8 exact', 'printf "\\303\\251\\303\\251"', { maxBuffer: 4 }],
  ['hex', 'printf abcdef', { maxBuffer: 4, encoding: 'hex' }],
  ['base64', 'printf abcdefgh', { maxBuffer: 4, encoding: 'base64' }],
  ['latin1', 'printf "\\351\\351\\351"', { maxBuffer: 2, encoding: 'latin1' }],
  ['buffer', 'printf abcdef', { maxBuffer: 3, encoding: 'buffer' }],
  ['stderr', 'printf out; sleep 0.2; printf errors >&2', { maxBuffer: 3 }],
  ['infinity', 'head -c 300000 /dev/zero | tr "\\0" z | wc -c; head -c 200000 /dev/zero', { maxBuffer: Infinity, encoding: 'buffer' }],
];

function next(i) {
  if (i === cases.length) {
    execFile('printf', ['%s', 'execfile-output'], { maxBuffer: 7 }, (err, stdout) => {
      show('execFile', err, stdout, '');
    });
    return;
  }
  const [label, cmd, opts] = cases[i];
  exec(cmd, opts, (err, stdout, stderr) => {
    if (label === 'infinity') stdout = Buffer.from(String(stdout.length));
    show(label, err, stdout, stderr);
    next(i + 1);
  });
}
next(0);
