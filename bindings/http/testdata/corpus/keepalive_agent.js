// A keep-alive agent reuses its socket for the next request.
const http = require('http');
const agent = new http.Agent({ keepAlive: true });
let conns = 0;
const server = http.createServer((req, res) => res.end(req.url));
server.on('connection', () => conns++);
function get(path, cb) {
  const req = http.get({ port: server.address().port, host: '127.0.0.1', path, agent }, (res) => {
    let body = '';
    res.on('data', (d) => { body += d; });
    res.on('end', () => {
      console.log(path, body, 'reused:', req.reusedSocket, res.headers.connection, res.headers['keep-alive']);
      setImmediate(cb);
    });
  });
}
server.listen(0, '127.0.0.1', () => {
  get('/1', () => get('/2', () => get('/3', () => {
    const name = Object.keys(agent.freeSockets);
    console.log('connections:', conns, 'free lists:', name.length, 'in use:', Object.keys(agent.sockets).length);
    agent.destroy();
    server.close(() => console.log('closed'));
  })));
});
