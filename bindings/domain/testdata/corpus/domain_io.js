// I/O callbacks (fs, child_process, net) run in the domain they were
// started from, and what they throw goes to it.
const domain = require('domain');
const fs = require('fs');
const net = require('net');
const d = domain.create();
let n = 0;
d.on('error', (e) => {
  console.log('caught', e.message, process.domain);
  if (++n === 2) server.close(() => console.log('closed'));
});
let server;
d.run(() => {
  fs.stat(__filename, (err, st) => {
    console.log('stat in d', process.domain === d, st.isFile());
    throw new Error('from fs');
  });
  server = net.createServer((s) => {
    console.log('connection in d', process.domain === d);
    s.end();
    throw new Error('from connection');
  }).listen(0, '127.0.0.1', () => {
    console.log('listening in d', process.domain === d);
    const c = net.connect(server.address().port, '127.0.0.1');
    c.resume();
  });
});
