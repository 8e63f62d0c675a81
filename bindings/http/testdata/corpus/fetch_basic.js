// fetch: status, headers, and the body read as text, json and bytes.
const http = require('http');
const server = http.createServer((req, res) => {
  if (req.url === '/json') {
    res.setHeader('Content-Type', 'application/json');
    res.setHeader('Set-Cookie', ['a=1', 'b=2']);
    return res.end(JSON.stringify({ ok: true, n: [1, 2] }));
  }
  if (req.url === '/missing') { res.statusCode = 404; res.statusMessage = 'Nope'; return res.end('gone'); }
  res.end(JSON.stringify({ method: req.method, ua: req.headers['user-agent'], accept: req.headers.accept, enc: req.headers['accept-encoding'] }));
});
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const r1 = await fetch(base + '/json');
  console.log(r1.status, r1.statusText, r1.ok, r1.type, r1.redirected, r1.url === base + '/json');
  console.log(r1.headers.get('content-type'), r1.headers.getSetCookie(), r1.headers.get('set-cookie'), r1.bodyUsed);
  console.log(await r1.json(), r1.bodyUsed);
  try { await r1.text(); } catch (e) { console.log(e.name, e.message); }
  const r2 = await fetch(base + '/missing');
  console.log(r2.status, r2.statusText, r2.ok, await r2.text());
  const r3 = await fetch(new URL(base + '/echo'));
  const info = await r3.json();
  console.log(info.method, info.accept, info.ua);
  const r4 = await fetch(base + '/json');
  const ab = await r4.arrayBuffer();
  console.log(ab instanceof ArrayBuffer, ab.byteLength);
  const r5 = await fetch(base + '/json');
  const blob = await r5.blob();
  console.log(blob.type, blob.size);
  server.close();
});
