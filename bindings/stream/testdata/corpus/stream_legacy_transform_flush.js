// A Transform from the legacy module name with a flush step and
// old-style subclassing, piped through a PassThrough from its legacy name.
const util = require('util');
const Transform = require('_stream_transform');
const PassThrough = require('_stream_passthrough');
function LineCounter() {
  Transform.call(this);
  this.lines = 0;
  this.tail = '';
}
util.inherits(LineCounter, Transform);
LineCounter.prototype._transform = function(chunk, enc, cb) {
  const parts = (this.tail + chunk).split('\n');
  this.tail = parts.pop();
  this.lines += parts.length;
  cb(null, parts.map((l) => `[${l}]`).join(''));
};
LineCounter.prototype._flush = function(cb) {
  if (this.tail) this.lines++;
  this.push(`[${this.tail}]`);
  cb(null, ` ${this.lines} lines`);
};
const counter = new LineCounter();
let out = '';
counter.pipe(new PassThrough()).on('data', (d) => { out += d; }).on('end', () => console.log(out));
counter.write('one\ntw');
counter.write('o\nthree\n');
counter.end('four');
