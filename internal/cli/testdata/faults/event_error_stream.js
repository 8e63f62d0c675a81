// stderr: report
// A stream destroyed with an error emits it on the next tick; unhandled,
// it is reported as emitted on the stream's class.
const { Writable } = require('stream');
const w = new Writable({ write(c, e, cb) { cb(); } });
w.destroy(new Error('stream broke'));
process.on('exit', (code) => console.log('exit', code));
