// A request with an Upgrade header, on a server no one listens to for
// 'upgrade', is an ordinary request: answered, its body read, the
// connection kept for the next one. A listener added later takes the
// next upgrade; a CONNECT with no 'connect' listener ends the socket.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    console.log('request', req.method, req.url, req.upgrade, req.headers.upgrade, JSON.stringify(body));
    res.end('ok ' + req.url);
  });
});

function exchange(socket, text, until) {
  return new Promise((resolve) => {
    let got = '';
    const onData = (d) => {
      got += d;
      if (until(got)) { socket.removeListener('data', onData); resolve(got); }
    };
    socket.on('data', onData);
    socket.write(text);
  });
}

const show = (s) => console.log(JSON.stringify(s.replace(/Date: [^\r]*\r\n/, '')));
const answered = (url) => (s) => s.endsWith('ok ' + url);

server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const c = net.connect(port, '127.0.0.1');
  await new Promise((r) => c.on('connect', r));
  show(await exchange(c, 'POST /a HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: ws\r\nContent-Length: 3\r\n\r\nabc', answered('/a')));
  show(await exchange(c, 'GET /b HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: ws\r\n\r\n', answered('/b')));
  show(await exchange(c, 'POST /c HTTP/1.1\r\nHost: x\r\nConnection: upgrade\r\nUpgrade: h2c\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\n\r\n', answered('/c')));

  server.once('upgrade', (req, socket, head) => {
    console.log('upgrade', req.url, req.upgrade, JSON.stringify(String(head)));
    socket.end('HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: ws\r\n\r\nraw');
  });
  show(await exchange(c, 'GET /d HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: ws\r\n\r\nrest', (s) => s.endsWith('raw')));
  c.destroy();

  // The client side: an Upgrade request answered 200 is an ordinary response.
  await new Promise((resolve) => {
    const req = http.request({ port, host: '127.0.0.1', path: '/e', headers: { Connection: 'Upgrade', Upgrade: 'ws' } }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => { console.log('response', res.statusCode, res.upgrade, body); resolve(); });
    });
    req.on('upgrade', () => console.log('unexpected upgrade'));
    req.end();
  });

  const d = net.connect(port, '127.0.0.1');
  let got = '';
  d.on('data', (x) => { got += x; });
  d.on('close', () => {
    console.log('connect without listener: closed', JSON.stringify(got));
    server.close(() => console.log('server closed'));
  });
  d.write('CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n');
});
