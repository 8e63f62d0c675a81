// writeHead with a flat array of headers: each replaces a header set before
// (the last of a repeated name wins); an odd-length array is ERR_INVALID_ARG_VALUE
// (with or without headers set before); (status, undefined, headers)
// takes the headers.
const http = require('http');

const cases = [
  (res) => { res.setHeader('test', '1'); res.setHeader('keep', 'k'); res.writeHead(200, ['test', '2', 'test', '3', 'test2', '2']); },
  (res) => { res.writeHead(200, ['a', '1', 'b', '2']); },
  (res) => { res.writeHead(201, undefined, ['foo', 'bar']); },
  (res) => { res.writeHead(202, 'Fine', ['x', 'y']); },
  (res) => { res.writeHead(200, ['test', '1', 'odd']); },
  (res) => { res.setHeader('z', '1'); res.writeHead(200, ['test', '1', 'odd']); },
];

const server = http.createServer((req, res) => {
  const i = Number(req.url.slice(1));
  try {
    cases[i](res);
  } catch (err) {
    console.log('case', i, 'threw', err.name, err.code, res.headersSent);
  }
  res.end('done');
});

server.listen(0, '127.0.0.1', async () => {
  for (let i = 0; i < cases.length; i++) {
    await new Promise((resolve) => {
      http.get({ port: server.address().port, host: '127.0.0.1', path: '/' + i }, (res) => {
        const raw = res.rawHeaders.filter((_, j) => j % 2 === 0 ? res.rawHeaders[j] !== 'Date' : res.rawHeaders[j - 1] !== 'Date');
        console.log('case', i, res.statusCode, res.statusMessage, JSON.stringify(raw));
        res.resume().on('end', resolve);
      });
    });
  }
  server.close();
});
