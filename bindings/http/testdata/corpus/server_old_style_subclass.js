// A Server subclass made the old way (util.inherits, then
// http.Server.call(this, listener)) is a working server.
const http = require('http');
const util = require('util');

function MyServer() {
  http.Server.call(this, (req, res) => res.end('hi ' + req.url));
  this.on('connection', () => console.log('connection'));
}
util.inherits(MyServer, http.Server);

const server = new MyServer();
console.log(server instanceof MyServer, server instanceof http.Server, server.constructor === MyServer);
console.log(typeof server.listen, server.listenerCount('request'));
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1', path: '/x' }, (res) => {
    let body = '';
    res.on('data', (d) => { body += d; });
    res.on('end', () => {
      console.log(res.statusCode, body);
      server.close(() => console.log('closed'));
    });
  });
});
