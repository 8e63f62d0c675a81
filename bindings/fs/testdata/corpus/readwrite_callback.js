const fs = require('fs');
const path = require('./_tmp');
const dir = path('rwcb');
const f = path.join(dir, 'a.txt');
fs.writeFile(f, 'one\n', (err) => {
  console.log('write', err);
  fs.appendFile(f, 'two\n', (err) => {
    console.log('append', err);
    fs.readFile(f, 'utf8', (err, data) => {
      console.log('read', err, JSON.stringify(data));
      fs.readFile(f, (err, buf) => {
        console.log('buf', Buffer.isBuffer(buf), buf.length);
        fs.readFile(path.join(dir, 'missing'), (err, d) => {
          console.log(err.code, err.syscall, d);
          fs.readFile(dir, (err) => {
            console.log(err.code, err.syscall);
          });
        });
      });
    });
  });
});
try { fs.readFile(f); } catch (e) { console.log(e.code, e.message); }
try { fs.writeFile(f, 'x'); } catch (e) { console.log(e.code, e.message); }
console.log('sync part done');
