// req.setTimeout fires on an idle socket; destroying it then reports a hang up.
const http = require('http');
const server = http.createServer(() => {});
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ port: server.address().port, host: '127.0.0.1', agent: false });
  req.setTimeout(50, () => {
    console.log('timeout callback');
    req.destroy();
  });
  req.on('timeout', () => console.log('timeout event'));
  req.on('error', (e) => console.log('error', e.code, e.message));
  req.on('close', () => {
    console.log('close');
    server.closeAllConnections();
    server.close();
  });
});
