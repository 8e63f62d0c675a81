// An http2 stream is a Duplex like any other: its state on both sides,
// many streams at once that keep their own state, a default high-water
// mark changed between streams, and the compatibility API's 'stream'
// listener, added once there is a 'request' listener.
const http2 = require('http2');
const stream = require('stream');

const s0 = http2.createServer();
console.log('no request listener:', s0.listenerCount('stream'), s0.listenerCount('newListener'));
s0.on('request', () => {});
console.log('request listener:', s0.listenerCount('stream'), s0.listenerCount('newListener'));
const s1 = http2.createServer(() => {});
console.log('handler:', s1.listenerCount('stream'), s1.listenerCount('request'), s1.listenerCount('newListener'));

function shape(st) {
  return [st instanceof stream.Duplex, st instanceof stream.Readable, st instanceof stream.Writable,
    st.readable, st.writable, st.readableFlowing, st.readableLength, st.writableLength,
    st.readableHighWaterMark, st.writableHighWaterMark, st.readableObjectMode, st.writableObjectMode,
    st.destroyed, st.readableEnded, st.writableEnded, st.listenerCount('data')].join(' ');
}

const server = http2.createServer();
const seen = [];
server.on('stream', (st, headers) => {
  seen.push(shape(st));
  const chunks = [];
  st.on('data', (c) => chunks.push(c));
  st.on('end', () => {
    st.respond({ ':status': 200 });
    st.end(headers[':path'] + ':' + Buffer.concat(chunks).toString());
  });
});
server.listen(0, '127.0.0.1', () => {
  const client = http2.connect(`http://127.0.0.1:${server.address().port}`);
  const first = client.request({ ':path': '/a', ':method': 'POST' });
  console.log('client:', shape(first));
  stream.setDefaultHighWaterMark(false, 1024);
  const second = client.request({ ':path': '/b', ':method': 'POST' });
  console.log('client after setDefaultHighWaterMark:', second.readableHighWaterMark, second.writableHighWaterMark);
  stream.setDefaultHighWaterMark(false, 16384);
  const third = client.request({ ':path': '/c' });
  console.log('third:', third.readableHighWaterMark, third.writableHighWaterMark, third.writableEnded);
  const bodies = [];
  let left = 3;
  for (const [req, body] of [[first, 'one'], [second, 'two'], [third, null]]) {
    let got = '';
    req.setEncoding('utf8');
    req.on('data', (d) => { got += d; });
    req.on('end', () => {
      bodies.push(got);
      if (--left === 0) {
        console.log(bodies.sort().join(' '));
        console.log(seen.sort().join('\n'));
        client.close();
        server.close();
      }
    });
    if (body !== null) req.end(body);
  }
});
