// setEncoding, setNoDelay, setKeepAlive and byte counts on a live socket.
const net = require('net');

const server = net.createServer((s) => {
  s.setEncoding('hex');
  let got = '';
  s.on('data', (d) => { got += d; });
  s.on('end', () => {
    console.log('server hex', got, s.bytesRead);
    s.end();
    server.close();
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1', () => {
    console.log(c.setNoDelay(true) === c, c.setNoDelay() === c, c.setKeepAlive(true, 1000) === c, c.setKeepAlive(false) === c);
    console.log(c.remoteFamily, c.localAddress, typeof c.localPort, c.remotePort === server.address().port);
    c.write(Buffer.from([1, 2, 255]));
    c.end('AB', () => {
      lines.push(`bytesWritten ${c.bytesWritten}`);
    });
  });
  // The client's lines are printed when it closes, after the server's.
  const lines = [];
  c.on('error', (e) => lines.push(`error ${e.code} ${e.message}`));
  c.on('close', (hadError) => console.log(lines.join('\n') + '\nclose', hadError));
  c.resume();
});
