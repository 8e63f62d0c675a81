// A socket that receives holds the process; one that was closed from a
// message handler lets it end, and 'close' follows the last 'message'.
const dgram = require('dgram');
const server = dgram.createSocket('udp4');
let n = 0;
server.on('message', (m) => {
  console.log('message', String(m));
  if (++n === 2) server.close();
});
server.on('close', () => console.log('server close'));
server.bind(0, '127.0.0.1', () => {
  const c = dgram.createSocket('udp4');
  c.send('one', server.address().port, '127.0.0.1', () => {
    setTimeout(() => c.send('two', server.address().port, '127.0.0.1', () => c.close()), 100);
  });
});
process.on('exit', () => console.log('exit'));
