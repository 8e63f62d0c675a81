const path = require('path');
const start = process.cwd();
process.chdir('..');
console.log(path.relative(start, process.cwd()));
try { process.chdir('/definitely/not/here'); } catch (e) { console.log(e.code, e.syscall, e.errno); }
try { process.chdir(5); } catch (e) { console.log(e.code); }
process.chdir(start);
console.log(process.cwd() === start);
