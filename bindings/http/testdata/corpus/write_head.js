// writeHead forms: a status message, an array of headers, bad codes.
const http = require('http');
let n = 0;
const server = http.createServer((req, res) => {
  if (req.url === '/msg') {
    res.writeHead(299, 'Custom Thing', { 'X-A': '1' }).end('x');
  } else if (req.url === '/arr') {
    res.writeHead(202, ['X-B', '2', 'X-C', '3']);
    res.end();
  } else if (req.url === '/bad') {
    try { res.writeHead(1000); } catch (e) { console.log(e.name, e.code, e.message); }
    try { res.writeHead(99); } catch (e) { console.log(e.name, e.code, e.message); }
    res.statusMessage = 'Set Message';
    res.statusCode = 404;
    res.end();
  }
});
function get(path, cb) {
  http.get({ port: server.address().port, host: '127.0.0.1', path }, (res) => {
    console.log(path, res.statusCode, res.statusMessage, res.headers['x-a'], res.headers['x-b'], res.headers['x-c']);
    res.resume();
    res.on('end', cb);
  });
}
server.listen(0, '127.0.0.1', () => {
  get('/msg', () => get('/arr', () => get('/bad', () => server.close())));
});
