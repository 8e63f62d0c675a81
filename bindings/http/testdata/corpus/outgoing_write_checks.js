// OutgoingMessage.write as node's: the chunk is checked before anything
// else (even after end), it works on any object through the prototype,
// and a bare OutgoingMessage has no _implicitHeader.
const http = require('http');
const { OutgoingMessage } = http;

function attempt(label, fn) {
  try {
    console.log(label, 'returned', fn());
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

attempt('bare write', () => new OutgoingMessage().write(''));
attempt('bare end', () => { new OutgoingMessage().end('x'); return 'ended'; });
for (const chunk of [undefined, 1, null, {}]) {
  attempt('call ' + String(chunk), () => OutgoingMessage.prototype.write.call({ _header: 'test', _hasBody: 'test' }, chunk));
}

const server = http.createServer((req, res) => {
  res.end('done');
  attempt('null after end', () => res.write(null));
  attempt('number after end', () => res.write(5));
  res.on('error', (err) => console.log('error event', err.code));
  attempt('string after end', () => res.write('late', (err) => console.log('callback', err && err.code)));
});
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1' }, (res) => {
    res.resume().on('end', () => server.close(() => console.log('closed')));
  });
});
