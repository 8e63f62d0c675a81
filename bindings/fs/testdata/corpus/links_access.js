const fs = require('fs');
const path = require('./_tmp');
const dir = path('links');
process.chdir(dir);
fs.writeFileSync('target', 'T');
fs.symlinkSync('target', 'sym');
fs.linkSync('target', 'hard');
console.log(fs.readlinkSync('sym'), fs.statSync('target').nlink);
console.log(fs.realpathSync('sym') === fs.realpathSync('target'), path.basename(fs.realpathSync('sym')));
console.log(fs.realpathSync('.') === fs.realpathSync(process.cwd()));
console.log(path.basename(fs.realpathSync.native('sym')));
try { fs.realpathSync('nothing'); } catch (e) { console.log(e.code, e.syscall, path.basename(e.path)); }
try { fs.readlinkSync('target'); } catch (e) { console.log(e.message); }
try { fs.symlinkSync('target', 'sym'); } catch (e) { console.log(e.message); }
try { fs.linkSync('none', 'x'); } catch (e) { console.log(e.message); }
fs.renameSync('hard', 'renamed');
try { fs.renameSync('hard', 'x'); } catch (e) { console.log(e.message); }
fs.accessSync('target');
fs.accessSync('target', fs.constants.R_OK | fs.constants.W_OK);
try { fs.accessSync('none', fs.constants.F_OK); } catch (e) { console.log(e.message); }
try { fs.accessSync('target', 99); } catch (e) { console.log(e.code, e.message); }
fs.chmodSync('target', 0o600);
console.log((fs.statSync('target').mode & 0o777).toString(8));
fs.chmodSync('target', '755');
console.log((fs.statSync('target').mode & 0o777).toString(8));
try { fs.chmodSync('target', 'abc'); } catch (e) { console.log(e.code, e.message); }
fs.truncateSync('target', 10);
console.log(fs.statSync('target').size);
fs.truncateSync('target');
console.log(fs.statSync('target').size);
try { fs.truncateSync('none'); } catch (e) { console.log(e.message); }
fs.exists('target', (ok) => {
  console.log('exists', ok);
  fs.exists('none', (ok2) => {
    console.log('exists none', ok2);
    fs.access('none', (err) => {
      console.log('access cb', err.code);
      fs.realpath('sym', (err, p) => console.log('realpath cb', err, path.basename(p)));
    });
  });
});
