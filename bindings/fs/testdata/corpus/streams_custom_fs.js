// options.fs replaces the calls a stream makes: open, read, write, writev,
// close; each is checked to be a function.
const fs = require('fs');
const tmp = require('./_tmp');
const dir = tmp('customfs');
const file = tmp.join(dir, 'f.txt');
fs.writeFileSync(file, 'hello custom fs');

const log = [];
const readFs = {
  open(...args) { log.push('open ' + args[1]); return fs.open(...args); },
  read(fd, buf, off, len, pos, cb) { log.push('read ' + len + ' ' + pos); return fs.read(fd, buf, off, len, pos, cb); },
  close(fd, cb) { log.push('close'); return fs.close(fd, cb); },
};
const r = fs.createReadStream(file, { fs: readFs, highWaterMark: 8, start: 1 });
let got = '';
r.on('data', (d) => { got += d; });
r.on('close', () => {
  console.log(got, log.join(', '));
  writes();
});

function writes() {
  const wlog = [];
  const out = tmp.join(dir, 'out.txt');
  const writeFs = {
    open(...args) { wlog.push('open'); return fs.open(...args); },
    write(fd, buf, off, len, pos, cb) { wlog.push('write ' + buf.toString('utf8', off, off + len)); return fs.write(fd, buf, off, len, pos, cb); },
    writev(fd, bufs, pos, cb) { wlog.push('writev ' + bufs.length); return fs.writev(fd, bufs, pos, cb); },
    close(fd, cb) { wlog.push('close'); return fs.close(fd, cb); },
  };
  const w = fs.createWriteStream(out, { fs: writeFs });
  w.write('one');
  w.write('two');
  w.write('three');
  w.end(() => {
    console.log(fs.readFileSync(out, 'utf8'), wlog.join(', '));
    checks();
  });
}

function checks() {
  const bad = [
    ['read', { open: 1 }],
    ['read', { open() {}, read: 'x' }],
    ['read', { open() {}, read() {}, close: null }],
    ['read', { open() {}, read() {}, close: null }, { autoClose: false }],
    ['write', { open() {}, close() {} }],
    ['write', { open() {}, write: 3, close() {} }],
    ['write', { open() {}, writev: {}, close() {} }],
    ['write', { open() {}, write() {} }],
    ['write', { open() {}, writev() {}, close() {} }],
  ];
  for (const [kind, custom, extra] of bad) {
    try {
      const s = kind === 'read' ? fs.createReadStream(file, { fs: custom, ...extra }) : fs.createWriteStream(file, { fs: custom, ...extra });
      console.log(kind, 'accepted', Object.keys(custom).join('+'), typeof s._write, typeof s._writev);
    } catch (e) {
      console.log(kind, e.code, e.message);
    }
  }
}
