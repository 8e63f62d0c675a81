// bytesWritten counts input consumed, in streams and in one-shot forms.
const zlib = require('zlib');
const g = zlib.createGzip();
g.on('data', () => {});
g.write(Buffer.alloc(1000));
g.write('hello');
g.end(Buffer.alloc(24));
g.on('end', () => {
  console.log('gzip', g.bytesWritten);
  const z = Buffer.from('H4sIAAAAAAAAA+3BMQ0AAADDoNS/6anYBxQAAAAA8DYuPsasiBMAAA==', 'base64'); // node-made
  const u = zlib.createGunzip();
  u.on('data', () => {});
  u.on('end', () => {
    console.log('gunzip', u.bytesWritten, z.length);
    zlib.inflate(Buffer.from('eJxLTEpOSU0DAAgeAlY=', 'base64'), { info: true }, (err, r) => console.log('inflate info', r.engine.bytesWritten));
  });
  u.end(z);
});
