// A custom lookup resolves bind and send addresses.
const dgram = require('dgram');
const seen = [];
const lookup = (host, family, cb) => {
  seen.push(host + '/' + family);
  process.nextTick(cb, null, '127.0.0.1', 4);
};
const server = dgram.createSocket({ type: 'udp4', lookup });
server.bind(0, 'my-server', () => {
  console.log('bound to', server.address().address);
  const client = dgram.createSocket({ type: 'udp4', lookup });
  server.on('message', (m) => {
    console.log('got', String(m), seen.join(' '));
    server.close(); client.close();
  });
  client.send('via lookup', server.address().port, 'my-server');
});
