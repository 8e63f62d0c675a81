// pauseOnConnect: accepted sockets start paused and read nothing until
// resumed.
const net = require('net');

const server = net.createServer({ pauseOnConnect: true }, (s) => {
  console.log('paused at connection', s.isPaused(), s.readableFlowing);
  let got = '';
  s.on('data', (d) => { got += d; });
  setTimeout(() => {
    console.log('still nothing read', JSON.stringify(got), s.bytesRead);
    s.resume();
  }, 50);
  s.on('end', () => {
    console.log('after resume', JSON.stringify(got), s.bytesRead);
    s.end();
    server.close();
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => c.end('hello'));
  c.resume();
});
