const fs = require('fs');
const path = require('./_tmp');
const dir = path('rw');
const f = path.join(dir, 'a.txt');
fs.writeFileSync(f, 'hello\n');
fs.appendFileSync(f, Buffer.from('world\n'));
fs.appendFileSync(f, 'ümlaut', 'utf8');
console.log(JSON.stringify(fs.readFileSync(f, 'utf8')));
console.log(fs.readFileSync(f).length, Buffer.isBuffer(fs.readFileSync(f)));
console.log(fs.readFileSync(f, { encoding: 'hex' }));
console.log(fs.readFileSync(f, 'base64'));
fs.writeFileSync(f, 'abc', { flag: 'a' });
console.log(fs.readFileSync(f, 'utf8').length);
fs.writeFileSync(f, new Uint8Array([65, 66, 67]));
console.log(fs.readFileSync(f, 'utf8'));
fs.writeFileSync(f, '68656c6c6f', 'hex');
console.log(fs.readFileSync(f).toString());
try { fs.writeFileSync(f, 'x', { flag: 'wx' }); } catch (e) { console.log(e.code, e.syscall, path.basename(e.path)); }
try { fs.writeFileSync(f, 42); } catch (e) { console.log(e.code, e.message); }
try { fs.readFileSync(path.join(dir, 'nope')); } catch (e) { console.log(e.code, e.errno, e.syscall, e.message.replace(dir, '<dir>')); }
try { fs.readFileSync(dir); } catch (e) { console.log(e.code, e.syscall, e.message); }
try { fs.readFileSync(f, 'bogus'); } catch (e) { console.log(e.code, e.message); }
try { fs.readFileSync({}); } catch (e) { console.log(e.code, e.message); }
try { fs.readFileSync('a\0b'); } catch (e) { console.log(e.code, e.message); }
console.log(fs.readFileSync(new URL('file://' + f), 'utf8'));
console.log(fs.readFileSync(Buffer.from(f), 'utf8'));
