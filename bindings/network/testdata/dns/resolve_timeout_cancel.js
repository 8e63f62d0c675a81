// A server that never answers: the query times out after the resolver's
// timeout and tries; cancel() ends pending queries with ECANCELLED.
const dns = require('dns');

const r = new dns.Resolver({ timeout: 100, tries: 1 });
r.setServers([process.env.JSPROC_TEST_DNS]);
const started = Date.now();
r.resolve4('a.slow.test', (err) => {
  console.log('timeout', err.code, err.syscall, err.hostname, err.message, Date.now() - started < 5000);
  const c = new dns.Resolver();
  c.setServers([process.env.JSPROC_TEST_DNS]);
  c.resolveTxt('b.slow.test', (err2) => console.log('cancelled', err2.code, err2.message));
  c.resolve6('c.slow.test', (err3) => console.log('cancelled', err3.code, err3.message));
  setTimeout(() => c.cancel(), 20);
});
