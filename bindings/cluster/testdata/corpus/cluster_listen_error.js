// A worker's listen on a port the primary holds fails with the primary's
// bind error.
const cluster = require('cluster');
const net = require('net');
if (cluster.isPrimary) {
  const blocker = net.createServer().listen(0, '127.0.0.1', () => {
    const w = cluster.fork({ PORT: String(blocker.address().port) });
    w.on('message', (m) => console.log('worker says', JSON.stringify(m)));
    w.on('exit', (code) => {
      console.log('exit', code);
      blocker.close();
    });
  });
} else {
  const server = net.createServer();
  server.on('error', (e) => {
    process.send({ code: e.code, syscall: e.syscall, address: e.address, port: e.port === Number(process.env.PORT) });
    cluster.worker.disconnect();
  });
  server.listen(Number(process.env.PORT), '127.0.0.1');
}
