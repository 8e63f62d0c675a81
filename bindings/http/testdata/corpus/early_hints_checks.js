// writeEarlyHints checks its hints as node's (an object; a link string or
// array of strings in Link's format) and sends nothing without a link;
// the client sees each 103 it sends as 'information'.
const http = require('http');

const attempts = [
  'bad argument type',
  { link: '</>; ' },
  { link: 'rel=preload; </scripts.js>' },
  { link: 'invalid string' },
  { link: ['</a.css>; rel=preload', 'nope'] },
  { link: 5 },
  {},
  { link: [] },
  { link: '</styles.css>; rel=preload; as=style' },
  { link: ['</a.css>; rel=preload; as=style', '</b.js>; rel="preload"; as=script'], 'x-extra': 'yes' },
];

const server = http.createServer((req, res) => {
  for (const hints of attempts) {
    try {
      res.writeEarlyHints(hints);
      console.log('sent', JSON.stringify(hints));
    } catch (err) {
      console.log(err.name, err.code, err.message);
    }
  }
  res.end('body');
});

server.listen(0, '127.0.0.1', () => {
  const req = http.request({ port: server.address().port, host: '127.0.0.1' });
  req.on('information', (info) => console.log('information', info.statusCode, JSON.stringify(info.rawHeaders)));
  req.on('response', (res) => {
    let body = '';
    res.on('data', (d) => { body += d; });
    res.on('end', () => { console.log('response', res.statusCode, body); server.close(); });
  });
  req.end();
});
