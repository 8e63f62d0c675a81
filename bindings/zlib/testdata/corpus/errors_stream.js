// A stream fed bad data emits one 'error' then 'close', and the
// destination of a pipeline sees the error.
const zlib = require('zlib');
const { pipeline, Readable, Writable } = require('stream');
const g = zlib.createGunzip();
const events = [];
['data', 'end', 'finish', 'close'].forEach((ev) => g.on(ev, () => events.push(ev)));
g.on('error', (e) => events.push('error:' + e.message + ':' + e.code));
g.write(Buffer.from('this is not gzip'));
setTimeout(() => {
  console.log(events.join(' '), g.destroyed, g._closed);
  pipeline(Readable.from([Buffer.from('still not zlib data')]), zlib.createInflate(), new Writable({ write(c, e, cb) { cb(); } }), (err) => {
    console.log('pipeline', err.message, err.code, err.errno);
    const u = zlib.createUnzip();
    u.on('error', (e) => console.log('unzip', e.message, e.code));
    u.end(Buffer.from([0x78, 0x9c, 0xff, 0xff, 0xff, 0xff, 0xff]));
  });
}, 10);
