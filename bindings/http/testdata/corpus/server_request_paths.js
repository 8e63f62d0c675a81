// The server's request paths side by side on raw connections: Expect
// answered or refused (and ignored over HTTP/1.0), a bodyless request's
// end read after its listener returned, an upgrade, keepAliveTimeout
// changed between two kept-alive requests, joinDuplicateHeaders, and a
// server's own IncomingMessage class.
const http = require('http');
const net = require('net');

// send writes raw onto a new connection and resolves with what came
// back once the server closes it, or after settle ms of quiet.
function send(port, raw, settle = 300) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1', () => c.write(raw));
    let got = '';
    let timer = null;
    const done = () => { clearTimeout(timer); c.destroy(); resolve(got); };
    c.on('data', (d) => {
      got += d;
      clearTimeout(timer);
      timer = setTimeout(done, settle);
    });
    c.on('close', done);
    c.on('error', () => {});
  });
}

// head is a response's status line and the headers that do not vary.
function head(text) {
  const lines = text.split('\r\n\r\n').map((part) => part.split('\r\n').filter((l) => !/^date:/i.test(l)).join(' | '));
  return lines.filter(Boolean).join(' || ');
}

class MyRequest extends http.IncomingMessage {
  get mine() { return 'mine:' + this.method; }
}

const server = http.createServer({ IncomingMessage: MyRequest, joinDuplicateHeaders: true }, (req, res) => {
  console.log('request', req.method, req.url, req.httpVersion, req instanceof MyRequest, req.mine,
    JSON.stringify(req.headers['x-dup']), req.upgrade, req.complete);
  if (req.url === '/late') {
    setImmediate(() => {
      console.log('late', req.complete, req.readableEnded);
      req.on('end', () => {
        console.log('late end', req.readableEnded);
        res.end('late');
      });
      req.resume();
    });
    return;
  }
  res.end('ok ' + req.url);
});
server.on('checkExpectation', (req, res) => {
  console.log('checkExpectation', req.headers.expect);
  res.writeHead(417, { 'X-Why': 'nope' });
  res.end();
});

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  console.log(head(await send(port, 'GET /expect HTTP/1.1\r\nHost: a\r\nExpect: something\r\nConnection: close\r\n\r\n')));
  server.removeAllListeners('checkExpectation');
  console.log(head(await send(port, 'GET /expect2 HTTP/1.1\r\nHost: a\r\nExpect: something\r\nConnection: close\r\n\r\n')));
  console.log(head(await send(port, 'GET /old HTTP/1.0\r\nExpect: 100-continue\r\n\r\n')));
  console.log(head(await send(port, 'GET /late HTTP/1.1\r\nHost: a\r\nX-Dup: 1\r\nX-Dup: 2\r\nConnection: close\r\n\r\n')));
  server.on('upgrade', (req, socket, head) => {
    console.log('upgrade', req.url, req.upgrade, req.complete, req.readableEnded, req instanceof MyRequest, JSON.stringify(String(head)));
    socket.end('HTTP/1.1 101 Switching Protocols\r\nUpgrade: x\r\nConnection: Upgrade\r\n\r\nbye');
  });
  console.log(head(await send(port, 'GET /up2 HTTP/1.1\r\nHost: a\r\nConnection: Upgrade\r\nUpgrade: x\r\n\r\nextra')));
  // Two requests on one connection, keepAliveTimeout changed between them.
  const two = await new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1', () => c.write('GET /ka1 HTTP/1.1\r\nHost: a\r\n\r\n'));
    let got = '';
    c.on('data', (d) => {
      got += d;
      if (got.endsWith('ok /ka1') && !got.includes('ka2')) {
        server.keepAliveTimeout = 7000;
        c.write('GET /ka2 HTTP/1.1\r\nHost: a\r\n\r\n');
      } else if (got.endsWith('ok /ka2')) {
        c.end();
      }
    });
    c.on('close', () => resolve(got));
  });
  console.log(head(two));
  server.close(() => console.log('closed'));
});
