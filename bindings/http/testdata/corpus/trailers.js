// Trailers: sent with addTrailers after a chunked body, read by the client.
const http = require('http');
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain', Trailer: 'X-Checksum' });
  res.write('body part');
  res.addTrailers({ 'X-Checksum': 'abc123' });
  try { res.addTrailers({ 'bad name': 'x' }); } catch (e) { console.log(e.code, e.message); }
  res.addTrailers({ 'X-Checksum': 'abc123' });
  res.end();
});
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1' }, (res) => {
    console.log('before end:', res.trailers, res.rawTrailers);
    res.on('data', (d) => console.log('data', String(d)));
    res.on('end', () => {
      console.log('after end:', res.trailers, res.rawTrailers, res.complete);
      server.close();
    });
  });
});
