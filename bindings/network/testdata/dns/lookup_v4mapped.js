// family 6 lookups of a name the hosts file gives only an IPv4 address:
// not found, unless V4MAPPED lets the IPv4 address stand in.
const dns = require('dns');

dns.lookup('localhost', { family: 6 }, (err, address, family) => {
  console.log(err && [err.code, err.errno, err.syscall, err.hostname, err.message].join(' | '), address, family);
  dns.lookup('localhost', { family: 6, hints: dns.V4MAPPED }, (err, address, family) => {
    console.log(err, address, family);
    dns.lookup('localhost', { family: 6, hints: dns.V4MAPPED | dns.ALL, all: true }, (err, all) => {
      console.log(err, all);
      dns.promises.lookup('localhost', { family: 6 }).catch((e) => console.log('rejected', e.code));
    });
  });
});
