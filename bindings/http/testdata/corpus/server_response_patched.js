// The response's quick paths give way to what a script changed: a
// ServerResponse subclass (the server's ServerResponse option),
// middleware that wraps res.write and res.end, fields set before
// writeHead, a HEAD request, an HTTP/1.0 request and pipelined requests
// on one connection; each answered as node answers it.
const http = require('http');
const net = require('net');

const log = (...a) => console.log(...a);

class MyResponse extends http.ServerResponse {
  constructor(req, options) {
    super(req, options);
    this.tag = 'mine';
  }
  end(...args) {
    log('MyResponse.end', args.length, this.headersSent);
    return super.end(...args);
  }
}

function middleware(req, res) {
  // As compression or logging middleware does: the body is seen on its way.
  const write = res.write;
  const end = res.end;
  let bytes = 0;
  res.write = function (chunk, ...rest) {
    bytes += chunk.length;
    return write.call(this, chunk, ...rest);
  };
  res.end = function (chunk, ...rest) {
    if (chunk) bytes += chunk.length;
    log('patched end', req.url, bytes, res.headersSent);
    return end.call(this, chunk, ...rest);
  };
}

const handler = (req, res) => {
  log('req', req.method, req.url, req.httpVersion, res.constructor.name, res.tag, res instanceof http.ServerResponse);
  res.on('finish', () => log('finish', req.url, res.headersSent, res.writableEnded, res.writableFinished));
  res.on('close', () => log('close', req.url));
  if (req.url === '/patched') {
    middleware(req, res);
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.write('part one, ');
    res.end('part two');
  } else if (req.url === '/nodate') {
    res.sendDate = false;
    res.shouldKeepAlive = false;
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.end('no date');
  } else if (req.url === '/headers') {
    res.setHeader('X-One', '1');
    res.writeHead(202, 'Fine', { 'X-Two': 2 });
    log('headers', JSON.stringify(res.getHeaders()), res.headersSent, res.statusCode, res.statusMessage);
    res.end('with headers');
  } else {
    res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': 5 });
    res.end('hello');
  }
};

const plain = http.createServer(handler);
const mine = http.createServer({ ServerResponse: MyResponse }, handler);

// The head of a response without its Date (which changes).
function show(text) {
  return text.replace(/\r\nDate: [^\r]*/g, '').replace(/\r\n/g, '|');
}

function raw(server, request, cb) {
  const s = net.connect(server.address().port, '127.0.0.1', () => s.end(request));
  let got = '';
  s.setEncoding('latin1');
  s.on('data', (d) => { got += d; });
  s.on('close', () => { log('raw', JSON.stringify(show(got))); cb(); });
}

const get = 'GET /a HTTP/1.1\r\nHost: x\r\n\r\n';
const steps = [
  (s, cb) => raw(s, get + 'GET /patched HTTP/1.1\r\nHost: x\r\n\r\n' + 'HEAD /b HTTP/1.1\r\nHost: x\r\n\r\n' +
    'GET /headers HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', cb),
  (s, cb) => raw(s, 'GET /nodate HTTP/1.1\r\nHost: x\r\n\r\n', cb),
  (s, cb) => raw(s, 'GET /old HTTP/1.0\r\n\r\n', cb),
];

function run(server, name, done) {
  server.listen(0, '127.0.0.1', () => {
    log('--', name);
    let i = 0;
    const next = () => {
      if (i === steps.length) return server.close(done);
      steps[i++](server, next);
    };
    next();
  });
}

run(plain, 'plain', () => run(mine, 'subclass', () => log('done')));
