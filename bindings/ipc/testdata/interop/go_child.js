'use strict';
process.on('message', (m) => {
  if (m.big !== undefined) process.send({ bigLength: m.big.length });
  else process.send(m);
});
process.send({ ready: true, argv: process.argv.slice(2), hasFd: 'NODE_CHANNEL_FD' in process.env });
