// env: NODE_CLUSTER_SCHED_POLICY=none
// http servers in workers accepting on the listening socket the primary
// handed them (SCHED_NONE); a keep-alive agent reuses a connection.
const cluster = require('cluster');
const http = require('http');
if (cluster.isPrimary) {
  const w = cluster.fork();
  w.on('listening', (addr) => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    let left = 3;
    const bodies = [];
    for (let i = 0; i < 3; i++) {
      http.get({ host: '127.0.0.1', port: addr.port, path: '/' + i, agent }, (res) => {
        let body = '';
        res.on('data', (d) => body += d);
        res.on('end', () => {
          bodies.push(body);
          if (--left === 0) {
            console.log(bodies.sort().join(' '));
            agent.destroy();
            w.disconnect();
          }
        });
      });
    }
  });
  w.on('exit', (code) => console.log('exit', code, w.exitedAfterDisconnect));
} else {
  let n = 0;
  const server = http.createServer((req, res) => res.end(req.url + '#' + ++n));
  server.listen(0, '127.0.0.1', () => console.log('address', server.address().family));
}
