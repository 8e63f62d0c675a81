// Content-Encoding gzip and deflate are decoded; the header stays.
const http = require('http');
// "hello compressed world\n" gzip-, zlib- and raw-deflate-encoded.
const gz = Buffer.from('H4sIAAAAAAACA8tIzcnJV0jOzy0oSi0uTk1RKM8vyknhAgDAAVWTFwAAAA==', 'base64');
const zl = Buffer.from('eJzLSM3JyVdIzs8tKEotLk5NUSjPL8pJ4QIAbEEIvA==', 'base64');
const raw = Buffer.from('y0jNyclXSM7PLShKLS5OTVEozy/KSeECAA==', 'base64');
const server = http.createServer((req, res) => {
  console.log('accept-encoding:', req.headers['accept-encoding']);
  const body = req.url === '/gzip' ? gz : req.url === '/deflate' ? zl : req.url === '/raw' ? raw : Buffer.from('identity');
  const enc = req.url === '/gzip' ? 'gzip' : req.url === '/plain' ? undefined : 'deflate';
  if (enc) res.setHeader('Content-Encoding', enc);
  res.end(body);
});
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  for (const p of ['/gzip', '/deflate', '/raw', '/plain']) {
    const r = await fetch(base + p);
    console.log(p, r.headers.get('content-encoding'), JSON.stringify(await r.text()));
  }
  server.close();
});
