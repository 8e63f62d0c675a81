// The synchronous forms decode output once: UTF-8 (valid, multi-byte,
// invalid bytes and a cut character, each as Buffer.toString does), other
// encodings, Buffers, and maxBuffer with an encoding.
const { spawnSync, execSync, execFileSync } = require('child_process');

const show = (label, v) => console.log(label, typeof v, JSON.stringify(Buffer.isBuffer(v) ? v.toString('hex') : v));
show('utf8', execSync('printf "h\\303\\251llo \\342\\202\\254"', { encoding: 'utf8' }));
show('utf-8', execSync('printf "\\360\\237\\230\\200"', { encoding: 'utf-8' }));
show('invalid', execSync('printf "a\\377b\\300\\200c\\342\\202"', { encoding: 'utf8' }));
show('hex', execSync('printf abc', { encoding: 'hex' }));
show('latin1', execFileSync('printf', ['\\351'], { encoding: 'latin1' }));
show('buffer', execSync('printf abc', { encoding: 'buffer' }));
show('default', execSync('printf abc'));
const r = spawnSync('sh', ['-c', 'printf "\\303\\251t\\303\\251"; printf "\\303" >&2'], { encoding: 'utf8' });
show('spawnSync stdout', r.stdout);
show('spawnSync stderr', r.stderr);
console.log('output', r.output.map((o) => (o === null ? null : typeof o)));
const big = spawnSync('sh', ['-c', 'head -c 300000 /dev/zero | tr "\\0" x'], { encoding: 'utf8', maxBuffer: 1000 });
console.log('maxBuffer', big.error && big.error.code, typeof big.stdout, big.stdout.length > 0, big.stdout.replace(/x/g, '') === '');
