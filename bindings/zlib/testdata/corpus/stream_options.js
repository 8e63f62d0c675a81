// Stream options node overrides (encoding, objectMode) and ones it keeps
// (highWaterMark); the streams stay byte streams.
const zlib = require('zlib');
const g = zlib.createGunzip({ encoding: 'utf8', objectMode: true });
g.on('data', (d) => console.log('chunk is buffer', Buffer.isBuffer(d), g.readableObjectMode, g.writableObjectMode));
g.on('end', () => {
  const d = zlib.createDeflate({ highWaterMark: 1024 });
  console.log('hwm', d.readableHighWaterMark, d.writableHighWaterMark);
  d.setEncoding('base64');
  let s = '';
  d.on('data', (c) => { s += c; });
  d.on('end', () => console.log('base64 out', typeof s, zlib.inflateSync(Buffer.from(s, 'base64')).toString()));
  d.end('encoded');
});
g.end(zlib.gzipSync('options'));
