// axios (1.7, before its http adapter imported http2): GET with params,
// POST of JSON, an error status as a rejected promise, against a local
// server.
import axios from 'axios';
import http from 'node:http';

const srv = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => { body += c; });
  req.on('end', () => {
    if (req.url.startsWith('/missing')) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('no such thing');
    }
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ method: req.method, url: req.url, body, type: req.headers['content-type'] || null }));
  });
});
srv.listen(0, '127.0.0.1', async () => {
  const base = 'http://127.0.0.1:' + srv.address().port;
  const g = await axios.get(base + '/items', { params: { a: 1, b: 'x y' } });
  console.log(g.status, g.data);
  const p = await axios.post(base + '/items', { name: 'n', list: [1, 2] });
  console.log(p.status, p.data);
  try {
    await axios.get(base + '/missing');
  } catch (e) {
    console.log(e.name, e.code, e.response.status, e.response.data);
  }
  srv.close();
});
