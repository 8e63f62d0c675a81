// maxSockets: 1 queues requests behind one connection, answered in order.
const http = require('http');
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
let conns = 0;
const server = http.createServer((req, res) => setTimeout(() => res.end('r' + req.url), 10));
server.on('connection', () => conns++);
server.listen(0, '127.0.0.1', () => {
  let left = 3;
  for (const p of ['/a', '/b', '/c']) {
    http.get({ port: server.address().port, host: '127.0.0.1', path: p, agent }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        console.log('got', body);
        if (--left === 0) {
          console.log('connections:', conns);
          agent.destroy();
          server.close();
        }
      });
    });
    console.log('queued', p, Object.values(agent.requests).reduce((n, l) => n + l.length, 0));
  }
});
