// fetch with request bodies: a string, bytes, URLSearchParams, a ReadableStream.
const http = require('http');
const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => res.end(`${req.method} ${req.headers['content-type'] || '-'} ${req.headers['content-length'] || 'chunked:' + req.headers['transfer-encoding']} ${body}`));
});
server.listen(0, '127.0.0.1', async () => {
  const url = `http://127.0.0.1:${server.address().port}/`;
  console.log(await (await fetch(url, { method: 'POST', body: 'text body' })).text());
  console.log(await (await fetch(url, { method: 'PUT', body: new Uint8Array([65, 66, 67]) })).text());
  console.log(await (await fetch(url, { method: 'POST', body: new URLSearchParams({ a: '1', b: 'x y' }) })).text());
  console.log(await (await fetch(url, { method: 'POST', body: 'x', headers: { 'content-type': 'application/custom' } })).text());
  const stream = new ReadableStream({
    start(c) {
      c.enqueue(new TextEncoder().encode('chunk1 '));
      c.enqueue(new TextEncoder().encode('chunk2'));
      c.close();
    },
  });
  console.log(await (await fetch(url, { method: 'POST', body: stream, duplex: 'half' })).text());
  try {
    await fetch(url, { method: 'POST', body: new ReadableStream() });
  } catch (e) { console.log(e.name, e.message); }
  try {
    await fetch(url, { method: 'GET', body: 'x' });
  } catch (e) { console.log(e.name, e.message); }
  server.close();
});
