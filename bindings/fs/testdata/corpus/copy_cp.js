const fs = require('fs');
const path = require('./_tmp');
const dir = path('cp');
process.chdir(dir);
const real = fs.realpathSync(dir);
fs.writeFileSync('a', 'AAA');
fs.chmodSync('a', 0o640);
fs.copyFileSync('a', 'b');
console.log(fs.readFileSync('b', 'utf8'), (fs.statSync('b').mode & 0o777).toString(8));
try { fs.copyFileSync('a', 'b', fs.constants.COPYFILE_EXCL); } catch (e) { console.log(e.message); }
try { fs.copyFileSync('none', 'b'); } catch (e) { console.log(e.message, e.dest); }
try { fs.copyFileSync('a', 'b', 8); } catch (e) { console.log(e.code, e.message); }
fs.mkdirSync('tree/sub/deep', { recursive: true });
fs.writeFileSync('tree/x', '1');
fs.writeFileSync('tree/sub/y', '22');
fs.writeFileSync('tree/sub/deep/z', '333');
fs.symlinkSync('x', 'tree/lnk');
try { fs.cpSync('tree', 'copy'); } catch (e) { console.log(e.code, e.message); }
fs.cpSync('tree', 'copy', { recursive: true });
console.log(fs.readdirSync('copy', { recursive: true }).sort());
console.log(path.relative(real, fs.readlinkSync('copy/lnk')), fs.readFileSync('copy/sub/deep/z', 'utf8'));
fs.unlinkSync('tree/lnk');
fs.writeFileSync('tree/x', 'changed');
fs.cpSync('tree', 'copy', { recursive: true, force: false });
console.log(fs.readFileSync('copy/x', 'utf8'));
try { fs.cpSync('tree', 'copy', { recursive: true, force: false, errorOnExist: true }); } catch (e) { console.log(e.code); }
fs.cpSync('tree', 'copy', { recursive: true });
console.log(fs.readFileSync('copy/x', 'utf8'));
fs.cpSync('a', 'single');
console.log(fs.readFileSync('single', 'utf8'));
try { fs.cpSync('a', 'a'); } catch (e) { console.log(e.code); }
try { fs.cpSync('nope', 'x'); } catch (e) { console.log(e.code, e.syscall); }
fs.copyFile('a', 'c', (err) => {
  console.log('copyFile cb', err, fs.readFileSync('c', 'utf8'));
  fs.cp('tree', 'copy2', { recursive: true }, (err) => {
    console.log('cp cb', err, fs.readdirSync('copy2').sort());
  });
});
