// A request the server answers without reading is still a whole
// IncomingMessage: its headers, raw headers and body read late (after
// the response ended, in a later turn), listeners added late, its
// events and fields as node's, over one kept-alive connection.
const http = require('http');
const stream = require('stream');

const log = (...a) => console.log(...a);
const later = [];
let n = 0;

const server = http.createServer((req, res) => {
  const i = ++n;
  log(i, req.method, req.url, req instanceof http.IncomingMessage, req instanceof stream.Readable,
    req.upgrade, req.complete, req.httpVersion, Object.getPrototypeOf(req) === http.IncomingMessage.prototype);
  log(i, 'own', ['upgrade', 'complete', 'url', 'method', 'socket', 'headers'].map((k) => Object.prototype.hasOwnProperty.call(req, k)).join());
  log(i, 'res own', ['statusCode', 'statusMessage', '_header', 'finished', 'req'].map((k) => Object.prototype.hasOwnProperty.call(res, k)).join());
  log(i, 'res state', res.statusCode, res.statusMessage, res.headersSent, res.writableEnded, res.finished, res.socket === req.socket);
  res.on('finish', () => log(i, 'res finish', res.writableFinished, res.socket === null));
  res.on('close', () => log(i, 'res close'));
  if (req.url === '/late-headers') {
    res.end('ok');
    setImmediate(() => {
      log(i, 'late', req.headers['x-a'], req.headers.host !== undefined, req.rawHeaders.includes('X-A'), req.complete, req.readableEnded);
      req.on('end', () => log(i, 'late end'));
      req.on('close', () => log(i, 'late close'));
    });
  } else if (req.url === '/late-body') {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('posted');
    log(i, 'after end', res.headersSent, res.writableEnded, res.finished, res.writableFinished);
    setTimeout(() => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (d) => { body += d; });
      req.on('end', () => log(i, 'late body', JSON.stringify(body), req.complete));
    }, 20);
  } else if (req.url === '/listen-first') {
    req.on('end', () => log(i, 'req end', req.complete, req.readableEnded));
    req.on('close', () => log(i, 'req close'));
    req.resume();
    res.writeHead(201);
    res.end();
  } else if (req.url === '/read-state') {
    log(i, 'readable', req.readable, req.readableFlowing, req.readableLength, req.destroyed, req.isPaused());
    res.end('state');
  } else {
    res.writeHead(200, { 'Content-Type': 'text/plain', 'X-N': i });
    res.end('hello ' + i);
    later.push(req);
  }
});

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const paths = [['GET', '/a'], ['GET', '/late-headers'], ['POST', '/late-body', 'the body'],
  ['GET', '/b'], ['GET', '/listen-first'], ['GET', '/read-state'], ['GET', '/c']];

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  let k = 0;
  const next = () => {
    if (k === paths.length) {
      setTimeout(() => {
        for (const req of later) {
          log('kept', req.url, req.complete, req.readableEnded, req.destroyed, req.readable, req.isPaused(), req.readableFlowing);
          req.on('end', () => log('kept end'));
          req.on('close', () => log('kept close'));
        }
        agent.destroy();
        server.close(() => log('closed'));
      }, 50);
      return;
    }
    const [method, path, body] = paths[k++];
    const r = http.request({ port, host: '127.0.0.1', method, path, agent, headers: { 'X-A': 'one' } }, (res) => {
      let got = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { got += d; });
      res.on('end', () => {
        log('client', path, res.statusCode, res.headers['content-type'], res.headers['x-n'], res.headers['transfer-encoding'], JSON.stringify(got));
        setTimeout(next, 30);
      });
    });
    r.end(body);
  };
  next();
});
