'use strict';
// Node's stream module: readable-stream's classes under Node's names.
const rs = require('internal/readable_stream');
const Stream = rs.Stream;
module.exports = Stream;
for (const k of Object.keys(rs)) {
  if (k !== 'Stream' && !(k in Stream)) Stream[k] = rs[k];
}
Stream.Stream = Stream;
Stream.Readable = rs.Readable;
Stream.Writable = rs.Writable;
Stream.Duplex = rs.Duplex;
Stream.Transform = rs.Transform;
Stream.PassThrough = rs.PassThrough;
Stream.pipeline = rs.pipeline;
Stream.finished = rs.finished;
Stream.addAbortSignal = rs.addAbortSignal;

