// express 4: routing, params, query, JSON bodies, status codes, 404s and
// an error handler, served on 127.0.0.1 and called with fetch.
const express = require('express');

const app = express();
app.use(express.json());
app.get('/hi/:name', (req, res) => res.json({ hi: req.params.name, q: req.query }));
app.post('/echo', (req, res) => res.status(201).send(req.body));
app.get('/boom', () => { throw new Error('boom'); });
app.use((err, req, res, next) => res.status(500).json({ error: err.message }));
const srv = app.listen(0, '127.0.0.1', async () => {
  const base = 'http://127.0.0.1:' + srv.address().port;
  const a = await fetch(base + '/hi/bob?x=1&y=2');
  console.log(a.status, a.headers.get('content-type'), await a.json());
  const b = await fetch(base + '/echo', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"k":[1,2]}' });
  console.log(b.status, b.headers.get('content-type'), await b.text());
  const c = await fetch(base + '/nope');
  console.log(c.status, (await c.text()).includes('Cannot GET /nope'));
  const d = await fetch(base + '/boom');
  console.log(d.status, await d.json());
  srv.close(() => console.log('closed'));
});
