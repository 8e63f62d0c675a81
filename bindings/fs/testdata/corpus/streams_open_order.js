// Writes made in the 'open' handler and a tick later land in order, and
// autoClose: false keeps the descriptor after an error.
const fs = require('fs');
const tmp = require('./_tmp');
const dir = tmp('order');
const file = tmp.join(dir, 'f.txt');

const w = fs.createWriteStream(file);
const events = [];
w.on('open', () => {
  events.push('open');
  w.write('first ');
  process.nextTick(() => {
    w.write('second ');
    setImmediate(() => w.end('third'));
  });
});
w.on('ready', () => events.push('ready'));
w.on('finish', () => events.push('finish'));
w.on('close', () => {
  events.push('close');
  console.log(events.join(' '), '|', fs.readFileSync(file, 'utf8'));
  errorKeepsFd();
});

function errorKeepsFd() {
  const fd = fs.openSync(dir, 'r');
  const r = fs.createReadStream(null, { fd, autoClose: false });
  r.on('error', (e) => {
    console.log('error', e.code, 'destroyed', r.destroyed, 'fd kept', r.fd === fd);
    setImmediate(() => {
      console.log('still open', r.closed, r.destroyed);
      fs.closeSync(fd);
    });
  });
  r.on('close', () => console.log('unexpected close'));
  r.resume();
}
