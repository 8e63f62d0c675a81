// bind's argument forms and the 'listening' callback.
const dgram = require('dgram');
const forms = [
  (s, cb) => s.bind(cb),
  (s, cb) => s.bind(0, cb),
  (s, cb) => s.bind(0, '127.0.0.1', cb),
  (s, cb) => s.bind({ port: 0, address: '127.0.0.1' }, cb),
  (s, cb) => s.bind({}, cb),
  (s, cb) => { s.once('listening', cb); s.bind(); },
  (s, cb) => s.bind({ port: 0, address: 'localhost' }, cb),
];
let i = 0;
(function next() {
  if (i === forms.length) return;
  const k = i++;
  const s = dgram.createSocket('udp4');
  forms[k](s, function () {
    const a = s.address();
    console.log(k, this === s, a.address, a.family, a.port > 0);
    s.close(next);
  });
})();
