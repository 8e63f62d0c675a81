const fs = require('fs');
const path = require('./_tmp');
const dir = path('urls');
const f = path.join(dir, 'with space.txt');
fs.writeFileSync(new URL('file://' + encodeURI(f)), 'via url');
console.log(fs.readFileSync(f, 'utf8'));
console.log(fs.existsSync(new URL('file://' + encodeURI(f))));
console.log(fs.statSync(Buffer.from(f)).size);
try { fs.readFileSync(new URL('http://example.com/x')); } catch (e) { console.log(e.code, e.message); }
try { fs.readFileSync(new URL('file://host/x')); } catch (e) { console.log(e.code); }
try { fs.statSync(123); } catch (e) { console.log(e.code, e.message); }
try { fs.mkdirSync(null); } catch (e) { console.log(e.code, e.message); }
process.chdir(dir);
console.log(fs.readFileSync('with space.txt', 'utf8'));
fs.writeFileSync('./rel', 'relative');
console.log(fs.readFileSync(path.join(dir, 'rel'), 'utf8'));
