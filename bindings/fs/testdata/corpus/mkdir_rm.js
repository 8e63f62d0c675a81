const fs = require('fs');
const path = require('./_tmp');
const dir = path('mkdir');
process.chdir(dir);
console.log(fs.mkdirSync('x/y/z', { recursive: true }));
console.log(fs.mkdirSync('x/y/z', { recursive: true }));
console.log(fs.mkdirSync(path.join(dir, 'p/q'), { recursive: true }) === path.join(dir, 'p'));
console.log(fs.mkdirSync('solo'));
try { fs.mkdirSync('solo'); } catch (e) { console.log(e.message); }
try { fs.mkdirSync('nope/deeper'); } catch (e) { console.log(e.message); }
fs.writeFileSync('file', 'x');
try { fs.mkdirSync('file/sub', { recursive: true }); } catch (e) { console.log(e.message); }
try { fs.mkdirSync('file', { recursive: true }); } catch (e) { console.log(e.message); }
try { fs.rmSync('x'); } catch (e) { console.log(e.name, e.code, e.message.replace(dir, '<dir>'), e.info.code, e.errno, e.syscall); }
try { fs.rmdirSync('x'); } catch (e) { console.log(e.message); }
try { fs.rmSync('missing'); } catch (e) { console.log(e.message); }
fs.rmSync('missing', { force: true });
fs.rmSync('x', { recursive: true });
console.log(fs.existsSync('x'), fs.existsSync('solo'), fs.existsSync(), fs.existsSync({}));
fs.rmdirSync('solo');
try { fs.rmdirSync('file'); } catch (e) { console.log(e.message); }
try { fs.unlinkSync('p'); } catch (e) { console.log(e.message); }
fs.unlinkSync('file');
try { fs.mkdirSync('m', { recursive: 'yes' }); } catch (e) { console.log(e.code, e.message); }
fs.mkdir('cb/d', { recursive: true }, (err, first) => {
  console.log('mkdir cb', err, first);
  fs.rm('cb', { recursive: true }, (err) => {
    console.log('rm cb', err, fs.readdirSync('.'));
    fs.rm('cb', (err) => console.log('rm again', err.code));
  });
});
