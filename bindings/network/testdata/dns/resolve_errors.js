// Failed queries: an unknown name, a name without records of the type, a
// server failure, a refusal, and a port where no server listens.
const dns = require('dns');

const r = new dns.Resolver({ timeout: 200, tries: 1 });
r.setServers([process.env.JSPROC_TEST_DNS]);
const steps = [
  (cb) => r.resolve4('missing.test', cb),
  (cb) => r.resolve4('empty.test', cb),
  (cb) => r.resolveMx('www.fail.test', cb),
  (cb) => r.resolveTxt('refused.test', cb),
  (cb) => r.resolveSoa('empty.test', cb),
  (cb) => r.reverse('10.9.9.9', cb),
];
let i = 0;
(function next() {
  if (i === steps.length) return;
  steps[i++]((err, res) => {
    console.log(err && err.message, err && err.code, err && err.syscall, err && err.hostname, err && err.errno, res);
    next();
  });
})();
