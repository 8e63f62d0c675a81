// The promise resolver: records, rejections with node's errors, and
// setServers on the module's default resolver.
import dns from 'node:dns/promises';

const r = new dns.Resolver();
r.setServers([process.env.JSPROC_TEST_DNS]);
console.log(await r.resolve4('a.test'));
console.log(await r.resolve('a.test', 'AAAA'));
console.log(await r.resolveMx('a.test'));
console.log(await r.reverse('10.0.0.2'));
try {
  await r.resolveSrv('missing.test');
} catch (e) {
  console.log(e.message, e.code, e.syscall);
}
dns.setServers([process.env.JSPROC_TEST_DNS]);
console.log(dns.getServers().length);
console.log(await dns.resolveTxt('a.test'));
console.log(await dns.resolveCname('www.a.test'));
