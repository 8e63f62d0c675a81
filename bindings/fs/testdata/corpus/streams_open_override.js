// A subclass with its own open() opens the file itself; the stream waits
// for its 'open' (or 'error') before reading or writing. The prototype's
// own open() is a no-op.
const fs = require('fs');
const tmp = require('./_tmp');
const dir = tmp('openov');
const file = tmp.join(dir, 'f.txt');
fs.writeFileSync(file, 'opened by hand');

console.log('prototype open', typeof fs.ReadStream.prototype.open, typeof fs.WriteStream.prototype.open);

class ManualRead extends fs.ReadStream {
  open() {
    console.log('manual open called');
    fs.open(this.path, 'r', (err, fd) => {
      if (err) {
        this.emit('error', err);
        return;
      }
      this.fd = fd;
      this.emit('open', fd);
    });
  }
}
const r = new ManualRead(file, { encoding: 'utf8' });
r.on('open', (fd) => console.log('open event', typeof fd));
r.on('ready', () => console.log('ready is not emitted for a manual open'));
r.on('data', (d) => console.log('data', d));
r.on('close', () => {
  const missing = new ManualRead(tmp.join(dir, 'missing'));
  missing.on('error', (e) => {
    console.log('manual error', e.code, missing.destroyed);
    manualWrite();
  });
});

class ManualWrite extends fs.WriteStream {
  open() {
    setTimeout(() => {
      this.fd = fs.openSync(this.path, 'w');
      this.emit('open', this.fd);
    }, 5);
  }
}
function manualWrite() {
  const w = new ManualWrite(tmp.join(dir, 'w.txt'));
  w.write('queued before open');
  w.end(() => console.log('written', fs.readFileSync(tmp.join(dir, 'w.txt'), 'utf8')));
}
