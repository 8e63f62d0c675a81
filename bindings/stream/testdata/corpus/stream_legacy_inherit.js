// Old-style subclassing through the legacy module names, with
// util.inherits and a constructor call, as pre-class code did it.
const util = require('util');
const Readable = require('_stream_readable');
const Writable = require('_stream_writable');
function Counter(max) {
  Readable.call(this, { objectMode: true });
  this.n = 0;
  this.max = max;
}
util.inherits(Counter, Readable);
Counter.prototype._read = function() {
  this.n += 1;
  this.push(this.n > this.max ? null : this.n);
};
function Sink() {
  Writable.call(this, { objectMode: true });
  this.seen = [];
}
util.inherits(Sink, Writable);
Sink.prototype._write = function(chunk, enc, cb) {
  this.seen.push(chunk);
  cb();
};
const sink = new Sink();
new Counter(4).pipe(sink).on('finish', () => console.log('finished', sink.seen, sink instanceof require('stream').Writable));
