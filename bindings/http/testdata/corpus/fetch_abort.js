// AbortSignal: already aborted, aborted while waiting, aborted while reading the body.
const http = require('http');
const server = http.createServer((req, res) => {
  if (req.url === '/slow') return; // never answers
  res.write('first');
  // the rest never comes
});
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  try { await fetch(base + '/', { signal: AbortSignal.abort() }); } catch (e) { console.log('pre:', e.name, e.message); }
  try { await fetch(base + '/', { signal: AbortSignal.abort(new Error('my reason')) }); } catch (e) { console.log('reason:', e.message); }
  const ac = new AbortController();
  setTimeout(() => ac.abort(), 30);
  try { await fetch(base + '/slow', { signal: ac.signal }); } catch (e) { console.log('waiting:', e.name, e.message); }
  const ac2 = new AbortController();
  const res = await fetch(base + '/body', { signal: ac2.signal });
  const reader = res.body.getReader();
  const first = await reader.read();
  console.log('first chunk:', new TextDecoder().decode(first.value));
  setTimeout(() => ac2.abort(), 20);
  try { await reader.read(); } catch (e) { console.log('reading:', e.name, e.message); }
  server.closeAllConnections();
  server.close(() => console.log('closed'));
});
