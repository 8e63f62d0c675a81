// A server that echoes in upper case and answers after the client's
// half-close; the client reads everything, then both sides close. Each
// side's events are logged in order, and the two logs printed at the end
// (the sides' events interleave differently from run to run).
const net = require('net');

const serverLog = [];
const clientLog = [];
let pending = 2;
function done() {
  if (--pending > 0) return;
  console.log(serverLog.join('\n'));
  console.log(clientLog.join('\n'));
}

const server = net.createServer({ allowHalfOpen: true }, (sock) => {
  let got = '';
  sock.setEncoding('utf8');
  sock.on('data', (d) => { got += d; });
  sock.on('end', () => {
    serverLog.push(`server got ${JSON.stringify(got)} ${sock.readyState}`);
    sock.end(got.toUpperCase(), () => serverLog.push('server finish'));
  });
  sock.on('close', (hadError) => {
    serverLog.push(`server socket close ${hadError}`);
    server.close(() => { serverLog.push('server closed'); done(); });
  });
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true }, () => {
    clientLog.push('client connect');
    client.write('hello ');
    client.end('world', () => clientLog.push(`client finish ${client.readyState}`));
  });
  let reply = '';
  client.setEncoding('utf8');
  client.on('data', (d) => { reply += d; });
  client.on('end', () => {
    clientLog.push(`client got ${reply} ${client.readyState}`);
  });
  client.on('close', (hadError) => {
    clientLog.push(`client close ${hadError} ${client.bytesWritten} ${client.bytesRead}`);
    done();
  });
});
