const { exec } = require('child_process');
const { promisify } = require('util');
const run = promisify(exec);
(async () => {
  const a = await run('printf "\\001\\002\\377"', { encoding: 'buffer' });
  console.log(Buffer.isBuffer(a.stdout), a.stdout.length, a.stdout[2], Buffer.isBuffer(a.stderr));
  for (const encoding of ['hex', 'base64', 'nonsense', null, 'utf-8']) {
    const r = await run('printf hi', { encoding });
    console.log(encoding, Buffer.isBuffer(r.stdout) ? 'buffer ' + r.stdout.toString('hex') : r.stdout);
  }
})();
