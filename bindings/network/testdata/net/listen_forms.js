// server.listen's forms: port/host/backlog/callback, an options object
// (backlog, exclusive), a string port, an abort signal; and bad ports.
const net = require('net');

const steps = [
  (next) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', 10, () => {
      console.log('port host backlog', s.address().address, s.address().family);
      s.close(next);
    });
  },
  (next) => {
    const s = net.createServer();
    s.listen({ port: 0, host: '127.0.0.1', backlog: 5, exclusive: true }, () => {
      console.log('options', s.address().address, s.listening);
      s.close(next);
    });
  },
  (next) => {
    const s = net.createServer();
    s.listen('0', () => {
      console.log('string port, any address', s.address().address, s.address().family);
      s.close(next);
    });
  },
  (next) => {
    const ac = new AbortController();
    const s = net.createServer();
    s.on('close', () => {
      console.log('closed by signal', s.listening);
      next();
    });
    s.listen({ port: 0, host: '127.0.0.1', signal: ac.signal }, () => {
      console.log('listening with signal');
      ac.abort();
    });
  },
  (next) => {
    const s = net.createServer();
    s.on('close', () => {
      console.log('aborted before listen', s.listening);
      next();
    });
    s.listen({ port: 0, signal: AbortSignal.abort() });
  },
  (next) => {
    for (const args of [[-1], [65536], [{ port: 'x' }], [{}], [{ port: 0, signal: 'x' }], [{ path: 5 }]]) {
      try {
        net.createServer().listen(...args);
        console.log('no throw');
      } catch (e) {
        console.log(e.name, e.code, e.message);
      }
    }
    next();
  },
];
let i = 0;
(function next() {
  if (i < steps.length) steps[i++](next);
})();
