// The server's timeout options as node 20 checks them, keepAliveTimeout
// closing an idle kept-alive connection (and an agent declining to keep a
// socket the server's Keep-Alive hint gives under a second), and server.timeout's 'timeout'
// reaching the response, then the server, before the socket is destroyed.
const http = require('http');

for (const opts of [{ headersTimeout: 500, requestTimeout: 100 }, { requestTimeout: -1 }, { headersTimeout: 'x' },
  { connectionsCheckingInterval: 1.5 }, { requestTimeout: 0 }, { requestTimeout: 1000 }, {}]) {
  try {
    const s = http.createServer(opts);
    console.log(JSON.stringify(opts), s.headersTimeout, s.requestTimeout, s.connectionsCheckingInterval);
  } catch (e) {
    console.log(JSON.stringify(opts), e.name, e.code, e.message);
  }
}

function keepAlive() {
  return new Promise((resolve) => {
    const server = http.createServer((req, res) => res.end('ok'));
    server.keepAliveTimeout = 150;
    server.on('connection', (socket) => {
      const t0 = Date.now();
      socket.on('close', () => {
        console.log('kept-alive socket closed', Date.now() - t0 >= 120 ? 'after the timeout' : 'too soon');
        server.close(resolve);
      });
    });
    server.listen(0, '127.0.0.1', () => {
      const agent = new http.Agent({ keepAlive: true });
      http.get({ port: server.address().port, host: '127.0.0.1', agent }, (res) => {
        console.log('keep-alive header', res.headers['keep-alive'], res.headers.connection);
        res.resume();
        res.on('end', () => console.log('response ended'));
      });
    });
  });
}

function idle() {
  return new Promise((resolve) => {
    const server = http.createServer((req, res) => {
      res.on('timeout', (socket) => console.log('res timeout', socket === res.socket));
      req.on('timeout', () => console.log('req timeout'));
    });
    server.setTimeout(80);
    server.on('timeout', (socket) => {
      console.log('server timeout');
      socket.destroy();
    });
    server.listen(0, '127.0.0.1', () => {
      const req = http.get({ port: server.address().port, host: '127.0.0.1', agent: false });
      req.on('error', (e) => console.log('client', e.code, e.message));
      req.on('close', () => server.close(resolve));
    });
  });
}

// keepAliveTimeout alone, with a client that keeps its end open.
function rawKeepAlive() {
  return new Promise((resolve) => {
    const net = require('net');
    const server = http.createServer((req, res) => res.end('ok'));
    server.keepAliveTimeout = 150;
    server.listen(0, '127.0.0.1', () => {
      const c = net.connect(server.address().port, '127.0.0.1');
      let got = '';
      let t0;
      c.on('connect', () => c.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
      c.on('data', (d) => { got += d; t0 = t0 || Date.now(); });
      c.on('end', () => {
        console.log('raw: server ended the idle connection', Date.now() - t0 >= 120 ? 'after the timeout' : 'too soon',
          /Keep-Alive: timeout=0/.test(got));
        c.end();
        server.close(resolve);
      });
    });
  });
}

keepAlive().then(rawKeepAlive).then(idle).then(() => console.log('done'));
