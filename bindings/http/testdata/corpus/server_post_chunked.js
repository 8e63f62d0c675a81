// A chunked request body and a chunked response.
const http = require('http');
const server = http.createServer((req, res) => {
  console.log('te:', req.headers['transfer-encoding'], 'cl:', req.headers['content-length']);
  const parts = [];
  req.on('data', (d) => parts.push(d.toString()));
  req.on('end', () => {
    console.log('server got:', parts.join(''));
    res.write('one,');
    res.write(Buffer.from('two,'));
    res.end('three');
  });
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'POST' }, (res) => {
    console.log('response te:', res.headers['transfer-encoding']);
    let body = '';
    res.on('data', (d) => { body += d; });
    res.on('end', () => { console.log('client got:', body); server.close(); });
  });
  req.write('abc');
  req.write('def');
  setTimeout(() => req.end('ghi'), 20);
});
