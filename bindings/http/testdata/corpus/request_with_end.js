// Clients that send a request and end their side at once (the request
// and the end most often arrive together): each gets its response and
// every connection closes, the server seeing each end.
const http = require('http');
const net = require('net');

const N = 40;
const server = http.createServer((req, res) => {
  const i = +req.url.slice(1);
  if (i % 2 === 0) res.end('now ' + i);
  else res.end('body ' + 'x'.repeat(i * 100));
});
server.listen(0, '127.0.0.1', () => {
  const got = [];
  let closed = 0;
  for (let i = 0; i < N; i++) {
    const c = net.connect(server.address().port, '127.0.0.1', () => {
      c.end('GET /' + i + ' HTTP/1.1\r\nHost: x\r\n\r\n');
    });
    let data = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { data += d; });
    c.on('close', () => {
      got[i] = data.split('\r\n')[0] + ' ' + data.slice(data.indexOf('\r\n\r\n') + 4);
      if (++closed === N) {
        for (const g of got) console.log(g);
        server.close(() => console.log('server closed'));
      }
    });
  }
});
