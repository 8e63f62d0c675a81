// lookupService is getnameinfo: the host from the hosts file and the
// service name of the port.
const dns = require('dns');

dns.lookupService('127.0.0.1', 22, (err, host, service) => {
  console.log(err, host, service);
  dns.lookupService('127.0.0.1', '80', (err, host, service) => {
    console.log(err, host, service);
    dns.lookupService('127.0.0.1', 4, (err, host, service) => {
      console.log(err, host, service);
      dns.promises.lookupService('127.0.0.1', 443).then((r) => console.log(r));
    });
  });
});
