// http servers in workers behind the primary's round-robin.
const cluster = require('cluster');
const http = require('http');
if (cluster.isPrimary) {
  let n = 0;
  cluster.on('listening', (w, addr) => {
    if (++n < 2) {
      cluster.fork();
      return;
    }
    const got = [];
    let left = 4;
    for (let i = 0; i < 4; i++) {
      http.get({ host: '127.0.0.1', port: addr.port, path: '/p' + i, agent: false }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d) => body += d);
        res.on('end', () => {
          got.push(res.statusCode + ' ' + body.replace(/w\d/, 'w'));
          if (--left === 0) {
            console.log(got.sort().join('\n'));
            cluster.disconnect();
          }
        });
      });
    }
  });
  cluster.on('exit', (w, code) => console.log('exit', code));
  cluster.fork();
} else {
  http.createServer((req, res) => {
    res.end(req.url + ' w' + cluster.worker.id);
  }).listen(0, '127.0.0.1');
}
