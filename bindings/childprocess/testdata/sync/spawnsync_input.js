const { spawnSync } = require('child_process');
console.log(spawnSync('cat', { input: 'string input' }).stdout.toString());
console.log(spawnSync('cat', { input: Buffer.from('buffer input') }).stdout.toString());
console.log(spawnSync('cat', { input: new Uint8Array([65, 66, 67]) }).stdout.toString());
console.log(spawnSync('cat', { input: new DataView(new Uint8Array([68, 69]).buffer) }).stdout.toString());
console.log(spawnSync('wc', ['-c'], { input: 'x'.repeat(1000000) }).stdout.toString().trim());
try {
  spawnSync('cat', { input: 5 });
} catch (e) {
  console.log(e.code, e.message);
}
