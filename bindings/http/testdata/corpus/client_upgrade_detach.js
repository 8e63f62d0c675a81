// A client's upgrade (or CONNECT) hands the socket to the script: out of
// the agent's pool at once, no parser left on it, the request destroyed
// and closed right after the event.
const http = require('http');

const server = http.createServer();
server.on('upgrade', (req, socket, head) => {
  socket.end('HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: ws\r\n\r\nhello');
});
server.on('connect', (req, socket, head) => {
  socket.end('HTTP/1.1 200 Connection established\r\n\r\ntunnel');
});

function run(agent, options) {
  return new Promise((resolve) => {
    const req = http.request({ port: server.address().port, host: '127.0.0.1', agent, ...options });
    const name = agent.getName({ host: '127.0.0.1', port: server.address().port });
    req.on('socket', () => console.log('socket: total', agent.totalSocketCount, name in agent.sockets));
    const event = options.method === 'CONNECT' ? 'connect' : 'upgrade';
    req.on(event, (res, socket, head) => {
      console.log(event, res.statusCode, JSON.stringify(String(head)), 'parser', socket.parser,
        'total', agent.totalSocketCount, name in agent.sockets, 'destroyed', req.destroyed, socket._httpMessage);
      let data = String(head);
      socket.on('data', (d) => { data += d; });
      socket.on('close', () => {
        console.log('socket closed', JSON.stringify(data), 'total', agent.totalSocketCount);
        resolve();
      });
    });
    req.on('close', () => console.log('request close', req.destroyed));
    req.end();
  });
}

server.listen(0, '127.0.0.1', async () => {
  const agent = new http.Agent({ keepAlive: true });
  await run(agent, { headers: { Connection: 'Upgrade', Upgrade: 'ws' } });
  await run(agent, { method: 'CONNECT', path: 'example.com:443' });
  agent.destroy();
  server.close(() => console.log('server closed'));
});
