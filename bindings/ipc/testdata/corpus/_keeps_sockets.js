'use strict';
// Keeps the sockets it is sent; closes one on {close: i} and says so.
const sockets = [];
process.on('message', (m, socket) => {
  if (m.cmd === 'new') {
    sockets.push(socket);
    process.send({ got: sockets.length });
  } else if (m.cmd === 'close') {
    sockets[m.id].once('close', () => process.send({ closed: m.id }));
    sockets[m.id].destroy();
  }
});
