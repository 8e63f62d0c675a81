// dns.lookup as getaddrinfo answers it: names from the hosts file, IP
// addresses as they are, the empty name, and its options.
const dns = require('dns');

const steps = [
  (next) => dns.lookup('localhost', (e, a, f) => { console.log('default', e, a, f); next(); }),
  (next) => dns.lookup('localhost', 4, (e, a, f) => { console.log('family 4', e, a, f); next(); }),
  (next) => dns.lookup('localhost', { all: true }, (e, a) => { console.log('all', e, a); next(); }),
  (next) => dns.lookup('localhost', { family: 'IPv4', all: true, verbatim: false }, (e, a) => { console.log('IPv4 family', e, a); next(); }),
  (next) => dns.lookup('localhost', { order: 'ipv4first', hints: dns.ADDRCONFIG }, (e, a, f) => { console.log('ipv4first', e, a, f); next(); }),
  (next) => dns.lookup('::1', (e, a, f) => { console.log('ipv6 literal', e, a, f); next(); }),
  (next) => dns.lookup('192.168.0.1', { all: true }, (e, a) => { console.log('ipv4 literal', e, a); next(); }),
  (next) => dns.lookup('', (e, a, f) => { console.log('empty', e, a, f); next(); }),
  (next) => dns.lookup(null, { family: 6 }, (e, a, f) => { console.log('null', e, a, f); next(); }),
  (next) => dns.lookup('', { all: true }, (e, a) => { console.log('empty all', e, a); next(); }),
];
let i = 0;
(function next() {
  if (i < steps.length) steps[i++](next);
})();
