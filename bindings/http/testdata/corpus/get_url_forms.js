// http.get with a URL string, a URL object, and a URL with options.
const http = require('http');
const server = http.createServer((req, res) => res.end(req.method + ' ' + req.url + ' ' + (req.headers['x-extra'] || '-')));
function get(args, cb) {
  http.get(...args, (res) => {
    let body = '';
    res.on('data', (d) => { body += d; });
    res.on('end', () => { console.log(body); cb(); });
  });
}
server.listen(0, '127.0.0.1', () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  get([base + '/str?q=1'], () =>
    get([new URL(base + '/url#frag')], () =>
      get([base + '/both', { headers: { 'X-Extra': 'yes' } }], () => {
        try { http.get('ftp://127.0.0.1/'); } catch (e) { console.log(e.code, e.message); }
        try { http.request({ method: 'BAD METHOD' }); } catch (e) { console.log(e.code, e.message); }
        try { http.request({ path: '/a b' }); } catch (e) { console.log(e.code, e.message); }
        server.close();
      })));
});
