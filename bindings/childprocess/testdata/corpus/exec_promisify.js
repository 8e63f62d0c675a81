const util = require('util');
const cp = require('child_process');
const exec = util.promisify(cp.exec);
const execFile = util.promisify(cp.execFile);
(async () => {
  const r = await exec('echo hi; echo there >&2');
  console.log(Object.keys(r).join(','), JSON.stringify(r.stdout), JSON.stringify(r.stderr));
  const p = exec('echo x');
  console.log(typeof p.child.pid);
  await p;
  try {
    await exec('echo out; echo err >&2; exit 2');
  } catch (e) {
    console.log(e.code, JSON.stringify(e.stdout), JSON.stringify(e.stderr), e.message.split('\n')[0]);
  }
  const f = await execFile('echo', ['a', 'b']);
  console.log(JSON.stringify(f));
  try {
    await execFile('missing-binary-qq');
  } catch (e) {
    console.log(e.code, e.message, JSON.stringify(e.stdout));
  }
})();
