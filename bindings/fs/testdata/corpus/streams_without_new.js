// ReadStream and WriteStream are constructor functions: callable without
// new, and subclassable the pre-class way with Reflect.apply/call.
const fs = require('fs');
const util = require('util');
const tmp = require('./_tmp');
const dir = tmp('nonew');
const file = tmp.join(dir, 'f.txt');
fs.writeFileSync(file, 'plain call');

const r = fs.ReadStream(file, { encoding: 'utf8' });
console.log('read instance', r instanceof fs.ReadStream, r instanceof require('stream').Readable, r.pending);
r.on('data', (d) => console.log('data', d));
r.on('close', () => {
  const w = fs.WriteStream(tmp.join(dir, 'w.txt'));
  console.log('write instance', w instanceof fs.WriteStream, w.pending, w.flags, w.mode.toString(8));
  w.end('written', () => {
    console.log('file', fs.readFileSync(tmp.join(dir, 'w.txt'), 'utf8'));
    legacy();
  });
});

function legacy() {
  function Upper(path, options) {
    fs.ReadStream.call(this, path, options);
    this.tag = 'upper';
  }
  util.inherits(Upper, fs.ReadStream);
  Upper.prototype._read = function (n) {
    fs.ReadStream.prototype._read.call(this, n);
  };
  const u = new Upper(file, { encoding: 'utf8', start: 6 });
  console.log('legacy', u.tag, u.start, u.end, u instanceof fs.ReadStream);
  u.on('data', (d) => console.log('legacy data', d.toUpperCase()));
  u.on('end', () => {
    console.log('legacy end', u.bytesRead);
    subclass();
  });
}

function subclass() {
  class Counting extends fs.WriteStream {
    _write(chunk, enc, cb) {
      this.count = (this.count || 0) + 1;
      super._write(chunk, enc, cb);
    }
  }
  const c = new Counting(tmp.join(dir, 'c.txt'));
  c.write('a');
  c.end('b', () => console.log('class subclass', c.count, fs.readFileSync(tmp.join(dir, 'c.txt'), 'utf8')));
}
