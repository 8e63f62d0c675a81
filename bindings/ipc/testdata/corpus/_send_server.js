'use strict';
// Sends the parent a listening server with process.send, then stops
// listening itself, and leaves when the parent disconnects.
const net = require('net');
const server = net.createServer(() => process.send('the child got a connection?'));
server.listen(0, '127.0.0.1', () => {
  process.send({ port: server.address().port }, server, (err) => {
    server.close(() => process.send({ closed: true, err }));
  });
});
process.on('message', () => {});
