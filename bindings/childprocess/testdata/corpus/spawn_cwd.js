const { spawn } = require('child_process');
const pathToFileURL = (p) => new URL('file://' + p);
function run(cwd) {
  return new Promise((resolve) => {
    const c = spawn('pwd', [], { cwd });
    let out = '';
    c.stdout.on('data', (d) => (out += d));
    c.on('close', () => resolve(out.trim()));
  });
}
(async () => {
  console.log(await run('/tmp'));
  console.log(await run('/'));
  console.log(await run(pathToFileURL('/usr')));
  console.log(await run(Buffer.from('/bin')) !== '');
})();
