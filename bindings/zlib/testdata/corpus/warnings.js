// bytesRead is deprecated (DEP0108) and mirrors bytesWritten.
const zlib = require('zlib');
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
const g = zlib.createGzip();
g.on('data', () => {});
g.end('abcdef', () => {
  console.log(g.bytesWritten, g.bytesRead);
  g.bytesRead = 3;
  console.log(g.bytesWritten, g.bytesRead);
});
