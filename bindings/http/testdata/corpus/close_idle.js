// closeIdleConnections ends kept-alive sockets; close() waits for none.
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
        free[0].on('close', () => console.log('free socket closed'));
        server.close(() => console.log('server closed'));
        server.closeIdleConnections();
      }, 20);
    });
  });
});
