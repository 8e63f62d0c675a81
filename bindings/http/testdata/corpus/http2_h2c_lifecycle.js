// A server stream's life as node's: a request written before the session
// connected is read whole by a server that answers at once; an upload to
// a server that answers without reading it ends for the client; a
// request never read is still ended and closed once its response is done
// (compatibility API included: 'finish', then 'close' once, then the
// stream's 'close' and the request's 'end').
const http2 = require('http2');

const server = http2.createServer();
const seen = [];
server.on('stream', (stream, headers) => {
  const path = headers[':path'];
  if (path === '/early') {
    let data = '';
    stream.setEncoding('utf8');
    stream.on('data', (c) => { data += c; });
    stream.on('end', () => seen.push(`early server end: ${data}`));
    stream.respond();
    stream.end('ok');
    return;
  }
  if (path === '/reject') {
    setImmediate(() => {
      stream.respond({ ':status': 400 });
      stream.end();
    });
    return;
  }
  if (path === '/unread') {
    stream.on('close', () => seen.push(`unread stream close ${stream.readableEnded} ${stream.writableFinished}`));
    stream.respond();
    stream.end('fine');
  }
});
server.on('request', (req, res) => {
  if (req.url !== '/compat') return;
  res.on('finish', () => seen.push('compat res finish'));
  res.on('close', () => seen.push('compat res close'));
  req.stream.on('close', () => seen.push('compat stream close'));
  req.on('end', () => seen.push('compat req end'));
  res.end('compat');
});

function request(session, headers, body, cb) {
  const req = session.request(headers);
  let status;
  let got = '';
  req.setEncoding('utf8');
  req.on('response', (h) => { status = h[':status']; });
  req.on('data', (c) => { got += c; });
  req.on('end', () => cb(`${headers[':path']} ${status} ${got}`));
  if (body) body(req);
}

server.listen(0, '127.0.0.1', () => {
  const session = http2.connect(`http://127.0.0.1:${server.address().port}`);
  // Written before the session connects.
  request(session, { ':path': '/early', ':method': 'POST' }, (req) => {
    req.write('some data ');
    req.end('more data');
  }, (line) => {
    console.log(line);
    request(session, { ':path': '/reject', ':method': 'POST' }, (req) => {
      let left = 64;
      const pump = () => {
        while (left > 0) {
          left--;
          if (!req.write(Buffer.alloc(16 * 1024, 'u'))) { req.once('drain', pump); return; }
        }
        req.end();
      };
      pump();
    }, (line) => {
      console.log(line);
      request(session, { ':path': '/unread' }, null, (line) => {
        console.log(line);
        request(session, { ':path': '/compat' }, null, (line) => {
          console.log(line);
          setTimeout(() => {
            for (const s of seen) console.log(s);
            session.close();
            server.close();
          }, 200);
        });
      });
    });
  });
});
