// A server stream writing 4 MiB: write() turns false past the high-water mark and 'drain' follows.
const http2 = require('http2');
const server = http2.createServer();
server.on('stream', (stream) => {
  stream.respond({ ':status': 200 });
  const chunk = Buffer.alloc(16384, 120);
  let n = 0, falses = 0;
  const pump = () => {
    while (n < 256) {
      n++;
      if (!stream.write(chunk)) { falses++; stream.once('drain', pump); return; }
    }
    console.log('server wrote', n, falses > 0);
    stream.end();
  };
  pump();
});
server.listen(0, '127.0.0.1', () => {
  const session = http2.connect(`http://127.0.0.1:${server.address().port}`);
  const req = session.request({ ':path': '/' });
  let n = 0;
  req.on('data', (c) => { n += c.length; });
  req.on('end', () => { console.log('client got', n); session.close(); server.close(); });
});
