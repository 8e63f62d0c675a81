// constants: node's merge of os.constants and fs.constants, frozen.
const c = require('constants');
const os = require('os').constants;
const fs = require('fs').constants;
console.log(Object.isFrozen(c), Object.getPrototypeOf(c) === Object.prototype);
console.log(c.ENOENT === os.errno.ENOENT, c.SIGTERM === os.signals.SIGTERM, c.O_RDONLY === fs.O_RDONLY);
console.log(c.RTLD_LAZY, c.PRIORITY_HIGH, c.EACCES, c.SIGKILL, c.S_IFMT, c.COPYFILE_EXCL, c.UV_FS_O_FILEMAP);
for (const k of [...Object.keys(os.dlopen), ...Object.keys(os.errno), ...Object.keys(os.priority), ...Object.keys(os.signals), ...Object.keys(fs)]) {
  if (!(k in c)) console.log('missing', k);
}
console.log(require('node:constants') === c);
