// Start errors other than EACCES, EAGAIN, EMFILE, ENFILE and ENOENT are
// thrown by spawn (and so by exec and execFile), syscall 'spawn' and no
// path, as node does; the sync forms report them in result.error.
const cp = require('child_process');
const show = (label, e) =>
  console.log(label, e.constructor.name, e.message, e.code, e.errno, e.syscall, e.path, e.spawnargs && e.spawnargs.length);

const tooLong = 'y'.repeat(200000); // over the kernel's limit for one argument
const cases = [
  ['E2BIG', 'echo', [tooLong], {}],
  ['ENOTDIR cwd', 'echo', ['x'], { cwd: '/etc/passwd' }],
  ['ENOTDIR file', '/etc/passwd/x', [], {}],
  ['ENAMETOOLONG', 'x'.repeat(300), [], {}],
];
for (const [name, file, args, opts] of cases) {
  try {
    const c = cp.spawn(file, args, opts);
    c.on('error', (e) => show(name + ' spawn emitted (unexpected)', e));
    console.log(name, 'spawn returned (unexpected)');
  } catch (e) {
    show(name + ' spawn threw', e);
  }
  try {
    cp.execFile(file, args, opts, (e) => show(name + ' execFile callback (unexpected)', e));
  } catch (e) {
    show(name + ' execFile threw', e);
  }
  const r = cp.spawnSync(file, args, opts);
  show(name + ' spawnSync', r.error);
  console.log(r.status, r.signal, r.pid, r.output, r.stdout, r.stderr);
  try {
    cp.execFileSync(file, args, opts);
  } catch (e) {
    show(name + ' execFileSync threw', e);
  }
}
try {
  cp.exec('echo ' + tooLong, (e) => show('exec callback (unexpected)', e));
} catch (e) {
  show('exec threw', e);
}
try {
  cp.execSync('echo ' + tooLong);
} catch (e) {
  show('execSync threw', e);
}
// ENOENT and EACCES are still emitted.
cp.spawn('/nonexistent/x').on('error', (e) => show('ENOENT emitted', e));
cp.spawn('/tmp').on('error', (e) => show('EACCES emitted', e));
process.on('exit', () => console.log('exit'));
