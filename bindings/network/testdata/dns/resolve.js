// Queries to a DNS server (the test's, on 127.0.0.1) for each record
// type, with and without TTLs.
const dns = require('dns');

const r = new dns.Resolver();
r.setServers([process.env.JSPROC_TEST_DNS]);
const steps = [
  ['resolve4', 'a.test'], ['resolve4', 'a.test', { ttl: true }], ['resolve6', 'a.test'],
  ['resolve6', 'a.test', { ttl: true }], ['resolveMx', 'a.test'], ['resolveTxt', 'a.test'],
  ['resolveNs', 'a.test'], ['resolveSoa', 'a.test'], ['resolveCaa', 'a.test'],
  ['resolveCname', 'www.a.test'], ['resolveSrv', '_http._tcp.a.test'], ['resolvePtr', '2.0.0.10.in-addr.arpa'],
  ['resolveTxt', 'big.test'], ['resolveAny', 'a.test'],
];
let i = 0;
(function next() {
  if (i === steps.length) {
    r.resolve('a.test', (e, a) => {
      console.log('resolve default', e, a);
      r.resolve('a.test', 'MX', (e, a) => {
        console.log('resolve MX', e, a);
        r.reverse('10.0.0.2', (e, names) => console.log('reverse', e, names));
      });
    });
    return;
  }
  const [method, name, options] = steps[i++];
  const cb = (err, res) => {
    console.log(method, name, err, JSON.stringify(res));
    next();
  };
  if (options) r[method](name, options, cb);
  else r[method](name, cb);
})();
