// http2 streams work in a process that froze Function.prototype before
// it loaded the module.
Object.freeze(Function.prototype);
const http2 = require('http2');
const { Duplex } = require('stream');
const server = http2.createServer();
server.on('stream', (st, h) => {
  let body = '';
  st.setEncoding('utf8');
  st.on('data', (d) => { body += d; });
  st.on('end', () => {
    st.respond({ ':status': 200 });
    st.end(`${h[':method']} ${h[':path']} ${body}`);
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = http2.connect(`http://127.0.0.1:${server.address().port}`);
  let left = 2;
  const lines = [];
  for (const [path, body] of [['/get', null], ['/post', 'payload']]) {
    const r = c.request({ ':path': path, ':method': body ? 'POST' : 'GET' });
    let got = '';
    r.setEncoding('utf8');
    r.on('data', (d) => { got += d; });
    r.on('end', () => {
      lines.push(`${got} ${r instanceof Duplex} ${r.writableHighWaterMark}`);
      if (--left === 0) {
        console.log(lines.sort().join('\n'));
        c.close();
        server.close();
      }
    });
    if (body) r.end(body);
  }
});
