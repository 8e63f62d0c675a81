const fs = require('fs');
const path = require('./_tmp');
const dir = path('fd');
const f = path.join(dir, 'data');
const fd = fs.openSync(f, 'w+');
console.log(typeof fd, fd > 2);
console.log(fs.writeSync(fd, 'hello world'));
console.log(fs.writeSync(fd, Buffer.from('XYZ'), 0, 2, 0));
const buf = Buffer.alloc(20);
console.log(fs.readSync(fd, buf, 0, 20, 0), buf.toString('utf8', 0, 11));
console.log(fs.readSync(fd, buf, 2, 3, 6), JSON.stringify(buf.toString('utf8', 0, 8)));
console.log(fs.readSync(fd, buf, { position: 1, length: 4 }), buf.toString('utf8', 0, 4));
fs.ftruncateSync(fd, 5);
fs.fsyncSync(fd);
fs.fdatasyncSync(fd);
console.log(fs.fstatSync(fd).size);
console.log(fs.writeSync(fd, 'abc', 100, 'utf8'));
console.log(fs.fstatSync(fd).size);
fs.closeSync(fd);
try { fs.closeSync(fd); } catch (e) { console.log(e.message, e.code); }
try { fs.readSync(fd, buf); } catch (e) { console.log(e.message); }
try { fs.readSync(fd, buf, 0, 100, 0); } catch (e) { console.log(e.code, e.message); }
try { fs.writeSync(fd, {}); } catch (e) { console.log(e.code, e.message); }
try { fs.openSync(f, 'bogus'); } catch (e) { console.log(e.code, e.message); }
try { fs.closeSync('1'); } catch (e) { console.log(e.code, e.message); }
try { fs.openSync(path.join(dir, 'none')); } catch (e) { console.log(e.code, e.syscall); }
fs.open(f, 'r', (err, fd2) => {
  console.log('open cb', err, typeof fd2);
  const b = Buffer.alloc(5);
  fs.read(fd2, b, 0, 5, 0, (err, n, bb) => {
    console.log('read cb', err, n, bb === b, b.toString());
    fs.read(fd2, (err, n, bb) => {
      console.log('read default', err, n, bb.length);
      fs.write(fd2, 'x', (err) => {
        console.log('write ro', err.code, err.syscall);
        fs.close(fd2, (err) => console.log('close', err));
      });
    });
  });
});
