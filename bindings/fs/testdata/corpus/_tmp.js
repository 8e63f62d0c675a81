// Helper: a fresh temp dir under os.tmpdir(), removed at exit, and the few
// path helpers the tests need (kept here so the tests need only fs).
const fs = require('fs');
function tmpdir() {
  try {
    return require('os').tmpdir();
  } catch (e) {
    return process.env.TMPDIR || '/tmp';
  }
}
function tmp(tag) {
  const dir = fs.mkdtempSync(tmpdir() + '/jsproc-' + tag + '-');
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}
tmp.join = (...parts) => parts.join('/');
tmp.basename = (p) => p.slice(p.lastIndexOf('/') + 1);
tmp.relative = (from, to) => (to === from ? '' : to.startsWith(from + '/') ? to.slice(from.length + 1) : to);
module.exports = tmp;
