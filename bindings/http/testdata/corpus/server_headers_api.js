// The response header methods, and the errors once headers are sent.
const http = require('http');
const server = http.createServer((req, res) => {
  res.setHeader('Content-Type', 'text/plain');
  res.setHeader('X-Multi', ['a', 'b']);
  res.setHeader('X-Num', 42);
  console.log(res.getHeader('content-type'), res.getHeader('X-MULTI'), res.getHeader('x-num'), res.getHeader('nope'));
  console.log(res.hasHeader('x-num'), res.hasHeader('X-Num'), res.hasHeader('nope'));
  console.log(res.getHeaderNames(), res.getRawHeaderNames());
  console.log(res.getHeaders());
  res.removeHeader('x-num');
  console.log(res.getHeaderNames(), res.headersSent);
  res.appendHeader('X-Multi', 'c');
  console.log(res.getHeader('x-multi'));
  try { res.setHeader('bad name', 'x'); } catch (e) { console.log(e.name, e.code, e.message); }
  try { res.setHeader('x-ok', 'bad\nvalue'); } catch (e) { console.log(e.name, e.code, e.message); }
  try { res.setHeader('x-ok'); } catch (e) { console.log(e.name, e.code, e.message); }
  try { res.getHeader(1); } catch (e) { console.log(e.name, e.code); }
  res.writeHead(200);
  console.log('headersSent', res.headersSent);
  try { res.setHeader('x-late', '1'); } catch (e) { console.log(e.name, e.code, e.message); }
  try { res.removeHeader('x-multi'); } catch (e) { console.log(e.name, e.code, e.message); }
  try { res.writeHead(201); } catch (e) { console.log(e.name, e.code, e.message); }
  res.end('ok');
});
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1' }, (res) => {
    const names = res.rawHeaders.filter((_, i) => i % 2 === 0);
    console.log(names, res.headers['x-multi']);
    res.resume();
    res.on('end', () => server.close());
  });
});
