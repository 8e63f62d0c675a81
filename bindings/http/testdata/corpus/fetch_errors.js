// fetch's errors: refused connections, bad URLs, bad methods, unsupported schemes.
const http = require('http');
const server = http.createServer();
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  server.close(async () => {
    try { await fetch(`http://127.0.0.1:${port}/`); } catch (e) {
      console.log(e.name, e.message, e instanceof TypeError);
      console.log(e.cause.name, e.cause.code, e.cause.errno, e.cause.syscall, e.cause.address, e.cause.port === port);
    }
    for (const args of [['not a url'], ['/relative'], ['http://127.0.0.1:1/', { method: 'CONNECT' }], ['http://127.0.0.1:1/', { method: 'bad method' }], ['http://u:p@127.0.0.1:1/'], ['ftp://127.0.0.1/'], ['http://127.0.0.1:1/', { redirect: 'sideways' }]]) {
      try { await fetch(...args); console.log('no error'); } catch (e) { console.log(e.name + ':', e.message, e.cause ? e.cause.message : ''); }
    }
  });
});
