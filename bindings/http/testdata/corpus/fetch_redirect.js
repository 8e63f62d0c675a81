// Redirects: followed (303 turns POST into GET), manual, and error.
const http = require('http');
const server = http.createServer((req, res) => {
  if (req.url === '/r1') { res.writeHead(301, { Location: '/r2' }); return res.end(); }
  if (req.url === '/r2') { res.writeHead(302, { Location: '/final' }); return res.end(); }
  if (req.url === '/see') { res.writeHead(303, { Location: '/final' }); return res.end(); }
  if (req.url === '/loop') { res.writeHead(302, { Location: '/loop' }); return res.end(); }
  res.end(req.method + ' final');
});
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const r1 = await fetch(base + '/r1');
  console.log(r1.status, r1.redirected, r1.url.slice(base.length), await r1.text());
  const r2 = await fetch(base + '/see', { method: 'POST', body: 'x' });
  console.log(r2.status, r2.url.slice(base.length), await r2.text());
  const r3 = await fetch(base + '/r1', { redirect: 'manual' });
  console.log(r3.status, r3.redirected, r3.headers.get('location'));
  try { await fetch(base + '/r1', { redirect: 'error' }); } catch (e) { console.log(e.name, e.message, e.cause && e.cause.message); }
  try { await fetch(base + '/loop'); } catch (e) { console.log(e.name, e.message, e.cause && e.cause.message); }
  server.close();
});
