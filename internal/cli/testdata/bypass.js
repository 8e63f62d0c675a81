// Bypass attempts against the permission model, each with its allowed
// twin. Run by TestPermissionBypasses with the grants it sets up; prints
// "name: allowed <result>" or "name: refused <code>", one line each.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const net = require('net');
const cp = require('child_process');
const { Worker } = require('worker_threads');

const [root, okPort, deniedPort] = process.argv.slice(2);
const G = path.join(root, 'granted');
const RO = path.join(root, 'readonly');
const OUT = path.join(root, 'outside');
const results = [];
const report = (name, how) => results.push(name + ': ' + how);
const show = (v) => (Buffer.isBuffer(v) ? v.toString() : Array.isArray(v) ? v.join('|') : v !== null && typeof v === 'object' ? typeof v : String(v));

function sync(name, fn) {
  try {
    report(name, 'allowed ' + show(fn()));
  } catch (e) {
    report(name, 'refused ' + (e.code || e.message));
  }
}
const pending = [];
function later(name, fn) {
  pending.push(new Promise((resolve) => {
    try {
      Promise.resolve(fn()).then(
        (v) => { report(name, 'allowed ' + show(v)); resolve(); },
        (e) => { report(name, 'refused ' + (e.code || (e.cause && e.cause.code) || e.message)); resolve(); });
    } catch (e) {
      report(name, 'refused ' + (e.code || e.message));
      resolve();
    }
  }));
}
const cb = (f) => new Promise((resolve, reject) => f((err, v) => (err ? reject(err) : resolve(v))));
const stream = (s) => new Promise((resolve, reject) => {
  const chunks = [];
  s.on('error', reject);
  s.on('data', (c) => chunks.push(c));
  s.on('end', () => resolve(Buffer.concat(chunks)));
  s.on('finish', () => resolve('written'));
});

// Reading through every kind of path.
sync('read outside', () => fs.readFileSync(OUT + '/secret.txt'));
sync('read granted', () => fs.readFileSync(G + '/public.txt'));
sync('read dotdot', () => fs.readFileSync(G + '/../outside/secret.txt'));
sync('read dotdot inside', () => fs.readFileSync(G + '/sub/../public.txt'));
sync('read relative', () => fs.readFileSync('../outside/secret.txt'));
sync('read relative inside', () => fs.readFileSync('public.txt'));
sync('read link last', () => fs.readFileSync(G + '/link-file'));
sync('read link last inside', () => fs.readFileSync(G + '/inner-link'));
sync('read link middle', () => fs.readFileSync(G + '/link-dir/secret.txt'));
sync('read link middle inside', () => fs.readFileSync(G + '/inner-dir-link/public.txt'));
sync('read relative link', () => fs.readFileSync(G + '/sub/rel-link'));
sync('read link chain', () => fs.readFileSync(G + '/chain1'));
sync('read link to dotdot', () => fs.readFileSync(G + '/up/outside/secret.txt'));
sync('read link loop', () => fs.readFileSync(G + '/loop'));
sync('read proc root', () => fs.readFileSync('/proc/self/root' + OUT + '/secret.txt'));
sync('read proc root inside', () => fs.readFileSync('/proc/self/root' + G + '/public.txt'));
sync('read proc thread-self root', () => fs.readFileSync('/proc/thread-self/root' + OUT + '/secret.txt'));
sync('read proc pid root', () => fs.readFileSync('/proc/' + process.pid + '/root' + OUT + '/secret.txt'));
sync('read proc cwd', () => fs.readdirSync('/proc/self/cwd'));
sync('read proc fd dir', () => {
  const fd = fs.openSync(G + '/sub', 'r');
  try {
    return fs.readFileSync('/proc/self/fd/' + fd + '/../../outside/secret.txt');
  } finally {
    fs.closeSync(fd);
  }
});
sync('read proc fd dir inside', () => {
  const fd = fs.openSync(G + '/sub', 'r');
  try {
    return fs.readFileSync('/proc/self/fd/' + fd + '/file.txt');
  } finally {
    fs.closeSync(fd);
  }
});
sync('read proc fd stdin', () => fs.readFileSync('/proc/self/fd/0'));
sync('stat through link', () => fs.statSync(G + '/link-file').size);
sync('lstat link itself', () => fs.lstatSync(G + '/link-file').isSymbolicLink());
sync('readlink link itself', () => fs.readlinkSync(G + '/inner-link'));
sync('readdir through link', () => fs.readdirSync(G + '/link-dir'));
sync('readdir granted', () => fs.readdirSync(G + '/sub'));
sync('realpath through link', () => fs.realpathSync(G + '/link-file'));
sync('realpath inside', () => fs.realpathSync(G + '/inner-link'));
sync('exists through link', () => fs.existsSync(G + '/link-file'));
sync('open through link', () => fs.openSync(G + '/link-file', 'r'));
sync('opendir through link', () => fs.opendirSync(G + '/link-dir').readSync().name);
sync('chdir then relative', () => {
  const cwd = process.cwd();
  process.chdir(OUT);
  try {
    return fs.readFileSync('secret.txt');
  } finally {
    process.chdir(cwd);
  }
});
sync('chdir inside then relative out', () => {
  const cwd = process.cwd();
  process.chdir(G + '/sub');
  try {
    return fs.readFileSync('../../outside/secret.txt');
  } finally {
    process.chdir(cwd);
  }
});
sync('chdir then relative inside', () => {
  const cwd = process.cwd();
  process.chdir(G + '/sub');
  try {
    return fs.readFileSync('../public.txt');
  } finally {
    process.chdir(cwd);
  }
});
later('read callback', () => cb((k) => fs.readFile(OUT + '/secret.txt', k)));
later('read callback inside', () => cb((k) => fs.readFile(G + '/public.txt', k)));
later('read promise through link', () => fsp.readFile(G + '/link-file'));
later('read promise inside', () => fsp.readFile(G + '/inner-link'));
later('read stream through link', () => stream(fs.createReadStream(G + '/link-dir/secret.txt')));
later('read stream inside', () => stream(fs.createReadStream(G + '/public.txt')));
later('filehandle through link', async () => (await fsp.open(G + '/link-file')).readFile());

// Writing.
sync('write outside', () => fs.writeFileSync(OUT + '/marker', 'x'));
sync('write granted', () => fs.writeFileSync(G + '/new.txt', 'x'));
sync('write readonly grant', () => fs.writeFileSync(RO + '/marker', 'x'));
sync('write through dir link', () => fs.writeFileSync(G + '/link-dir/marker', 'x'));
sync('write through file link', () => fs.writeFileSync(G + '/link-file', 'pwned'));
sync('write through file link inside', () => fs.writeFileSync(G + '/inner-link', 'public'));
sync('append through file link', () => fs.appendFileSync(G + '/link-file', 'pwned'));
sync('truncate through link', () => fs.truncateSync(G + '/link-file', 0));
sync('chmod through link', () => fs.chmodSync(G + '/link-file', 0o777));
sync('utimes through link', () => fs.utimesSync(G + '/link-file', 1, 1));
sync('mkdir through link', () => fs.mkdirSync(G + '/link-dir/newdir'));
sync('mkdir recursive outside', () => fs.mkdirSync(OUT + '/a/b/c', { recursive: true }));
sync('mkdir recursive inside', () => fs.mkdirSync(G + '/a/b/c', { recursive: true }));
sync('mkdtemp outside', () => fs.mkdtempSync(OUT + '/tmp-'));
sync('unlink through link', () => fs.unlinkSync(G + '/link-dir/secret.txt'));
sync('rmdir through link', () => fs.rmdirSync(G + '/link-dir/emptydir'));
sync('copy out of grant', () => fs.copyFileSync(OUT + '/secret.txt', G + '/stolen.txt'));
sync('copy into outside', () => fs.copyFileSync(G + '/public.txt', OUT + '/marker'));
sync('copy inside', () => fs.copyFileSync(G + '/public.txt', G + '/copy.txt'));
sync('cp dereferencing link', () => fs.cpSync(G + '/link-dir', G + '/cp1', { recursive: true, dereference: true }));
sync('cp tree holding link', () => fs.cpSync(G + '/holder', G + '/cp2', { recursive: true }));
sync('cp inside', () => fs.cpSync(G + '/plain', G + '/cp3', { recursive: true }));
sync('rename out of grant', () => fs.renameSync(OUT + '/secret.txt', G + '/stolen.txt'));
sync('rename into outside', () => fs.renameSync(G + '/new.txt', OUT + '/marker'));
sync('rename inside', () => fs.renameSync(G + '/new.txt', G + '/renamed.txt'));
sync('hard link to outside', () => fs.linkSync(OUT + '/secret.txt', G + '/hard'));
sync('hard link into outside', () => fs.linkSync(G + '/public.txt', OUT + '/marker'));
sync('hard link through link', () => fs.linkSync(G + '/link-dir/secret.txt', G + '/hard2'));
sync('hard link inside', () => fs.linkSync(G + '/public.txt', G + '/hard3'));
sync('symlink creation', () => fs.symlinkSync(OUT + '/secret.txt', G + '/made-link'));
sync('fd read-only then fchmod', () => {
  const fd = fs.openSync(RO + '/file.txt', 'r');
  try {
    fs.fchmodSync(fd, 0o777);
  } finally {
    fs.closeSync(fd);
  }
});
sync('fd read-only then write', () => {
  const fd = fs.openSync(RO + '/file.txt', 'r');
  try {
    return fs.writeSync(fd, 'pwned');
  } finally {
    fs.closeSync(fd);
  }
});
sync('fd read-only read', () => fs.readFileSync(RO + '/file.txt'));
sync('fd guessed number', () => fs.readSync(7, Buffer.alloc(10)));
later('write callback outside', () => cb((k) => fs.writeFile(OUT + '/marker', 'x', k)));
later('write callback inside', () => cb((k) => fs.writeFile(G + '/cb.txt', 'x', k)));
later('write promise through link', () => fsp.writeFile(G + '/link-dir/marker', 'x'));
later('write promise inside', () => fsp.writeFile(G + '/p.txt', 'x'));
later('write stream through link', () => {
  const s = fs.createWriteStream(G + '/link-dir/marker');
  s.end('x');
  return stream(s);
});
later('write stream inside', () => {
  const s = fs.createWriteStream(G + '/s.txt');
  s.end('x');
  return stream(s);
});

// Modules.
sync('require outside', () => require(OUT + '/mod.js'));
sync('require through link', () => require(G + '/link-mod.js'));
sync('require package through link', () => require('evil'));
sync('require inside', () => require(G + '/mod.js'));
later('import outside', () => import(OUT + '/mod.mjs'));
later('import inside', () => import(G + '/mod.mjs').then((m) => m.default));

// Programs, workers, environment, network.
sync('spawn', () => cp.spawnSync('touch', [OUT + '/marker']).status);
sync('exec', () => cp.execSync('touch ' + OUT + '/marker'));
sync('worker', () => new Worker('require("fs").writeFileSync(' + JSON.stringify(OUT + '/marker') + ', "x")', { eval: true }));
sync('env hidden', () => String(process.env.JSPROC_SECRET_ENV) + ' ' + ('JSPROC_SECRET_ENV' in process.env) + ' ' + Object.keys(process.env).includes('JSPROC_SECRET_ENV'));
sync('env granted', () => process.env.JSPROC_VISIBLE_ENV + ' ' + Object.keys(process.env).join(','));
sync('env own', () => { process.env.MINE = 'm'; return process.env.MINE; });
later('connect', () => new Promise((resolve, reject) => {
  const s = net.connect(+deniedPort, '127.0.0.1', () => { s.end(); resolve('connected'); });
  s.on('error', reject);
}));
later('connect granted', () => new Promise((resolve, reject) => {
  const s = net.connect(+okPort, '127.0.0.1', () => { s.end(); resolve('connected'); });
  s.on('error', reject);
}));
later('fetch', () => fetch('http://127.0.0.1:' + deniedPort + '/').then((r) => r.status));
later('listen', () => new Promise((resolve, reject) => {
  const srv = net.createServer();
  srv.on('error', reject);
  srv.listen(0, '127.0.0.1', () => { srv.close(); resolve('listening'); });
}));
later('permission has', () => [
  process.permission.has('fs.read', OUT + '/secret.txt'), process.permission.has('fs.read', G + '/link-file'),
  process.permission.has('fs.read', G + '/public.txt'), process.permission.has('fs.write', RO),
  process.permission.has('child'), process.permission.has('worker'),
  process.permission.has('net', '127.0.0.1:' + okPort), process.permission.has('env', 'JSPROC_SECRET_ENV'),
].join(' '));

Promise.all(pending).then(() => {
  // Last, since it removes a link the others use: rm -r of a link to a
  // directory removes the link, never what it points at.
  sync('rm recursive link', () => fs.rmSync(G + '/link-dir', { recursive: true, force: true }));
  for (const line of results.sort()) console.log(line);
});
