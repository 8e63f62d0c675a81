// closeIdleConnections ends kept-alive sockets; the client's free socket
// sees the end and closes.
const http = require('http');
const agent = new http.Agent({ keepAlive: true });
const server = http.createServer((req, res) => res.end('ok'));
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1', agent }, (res) => {
    res.resume();
    res.on('end', () => {
      setTimeout(() => {
        const free = Object.values(agent.freeSockets)[0];
        console.log('free sockets', free.length);
        // The two ends close independently: wait for both, print in a
        // fixed order, and hold the loop (the free socket is unref'd).
        const seen = [];
        const keep = setTimeout(() => console.log('timed out', seen), 5000);
        const done = (what) => {
          seen.push(what);
          if (seen.length === 2) {
            clearTimeout(keep);
            console.log(seen.sort());
          }
        };
        free[0].on('close', () => done('free socket closed'));
        server.close(() => done('server closed'));
        server.closeIdleConnections();
      }, 20);
    });
  });
});
