// The old per-class stream modules are the very classes of 'stream', under
// plain and node: names, and they work as streams.
const stream = require('stream');
const pairs = [['_stream_readable', 'Readable'], ['_stream_writable', 'Writable'], ['_stream_duplex', 'Duplex'],
  ['_stream_transform', 'Transform'], ['_stream_passthrough', 'PassThrough']];
for (const [mod, name] of pairs) {
  console.log(mod, require(mod) === stream[name], require(`node:${mod}`) === stream[name], require(mod).name);
}
const Transform = require('_stream_transform');
const PassThrough = require('_stream_passthrough');
const upper = new Transform({ transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); } });
const pass = new PassThrough();
upper.pipe(pass);
pass.on('data', (d) => console.log('data', d.toString()));
pass.on('end', () => console.log('end', pass instanceof stream.Duplex, upper instanceof require('_stream_duplex')));
upper.end('legacy names');
