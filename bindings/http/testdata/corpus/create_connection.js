// http.request with createConnection returning a net.Socket (or handing
// one to its callback): the request goes out on it and its response,
// bodies, upgrades and hang-ups read as on the agent's own sockets.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  if (req.url === '/big') {
    res.setHeader('Content-Type', 'application/octet-stream');
    const chunk = Buffer.alloc(64 * 1024, 'y');
    let n = 0;
    const write = () => {
      while (n < 32) {
        n++;
        if (!res.write(chunk)) return res.once('drain', write);
      }
      res.end();
    };
    return write();
  }
  if (req.url === '/hangup') return req.socket.destroy();
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => res.end(`${req.method} ${req.url} ${body.length} ${req.headers['x-test'] || '-'}`));
});
server.on('upgrade', (req, socket, head) => {
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nwelcome');
  socket.on('data', (d) => socket.end('echo:' + d));
});

function request(port, options, body) {
  return new Promise((resolve) => {
    const req = http.request({ port, host: '127.0.0.1', ...options }, (res) => {
      let size = 0;
      let text = '';
      res.on('data', (d) => { size += d.length; if (size < 200) text += d; });
      res.on('end', () => {
        console.log(options.path, res.statusCode, res.headers['transfer-encoding'] || res.headers['content-length'], size, size < 200 ? text : '');
        resolve();
      });
    });
    req.on('socket', (s) => console.log(options.path, 'socket is a net.Socket:', s instanceof net.Socket));
    req.on('upgrade', (res, socket, head) => {
      console.log(options.path, 'upgrade', res.statusCode, res.headers.upgrade, String(head), socket instanceof net.Socket);
      socket.on('data', (d) => console.log(options.path, 'upgraded data', String(d)));
      socket.on('end', () => { console.log(options.path, 'upgraded end'); resolve(); });
      socket.write('ping');
    });
    req.on('error', (e) => { console.log(options.path, 'error', e.code, e.message); resolve(); });
    req.end(body);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const direct = (opts) => net.createConnection(opts.port, opts.host);
  await request(port, { path: '/get', createConnection: direct });
  await request(port, { path: '/post', method: 'POST', headers: { 'x-test': 'yes' }, createConnection: direct }, 'a'.repeat(5000));
  await request(port, { path: '/big', createConnection: direct });
  await request(port, {
    path: '/callback',
    createConnection: (opts, oncreate) => {
      const s = net.createConnection(opts.port, opts.host);
      s.once('connect', () => oncreate(null, s));
    },
  });
  await request(port, { path: '/hangup', createConnection: direct });
  await request(port, { path: '/up', headers: { Connection: 'Upgrade', Upgrade: 'echo' }, createConnection: direct });
  server.close(() => console.log('closed'));
});
