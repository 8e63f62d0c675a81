// The dns module's surface: functions, constants, the Resolver classes.
const dns = require('dns');
const dnsp = require('dns/promises');

console.log(Object.keys(dns).sort().join(' '));
console.log(Object.keys(dnsp).sort().join(' '));
console.log(dns.NODATA, dns.NOTFOUND, dns.TIMEOUT, dns.CANCELLED, dns.ADDRCONFIG, dns.ALL, dns.V4MAPPED);
console.log(Object.getOwnPropertyNames(dns.Resolver.prototype).sort().join(' '));
console.log(typeof dnsp.Resolver, dnsp.Resolver === dns.Resolver);
const r = new dns.Resolver({ timeout: 100, tries: 1 });
r.setServers(['127.0.0.1', '127.0.0.2:5353', '::1', '[::2]:53', '[::3]:54']);
console.log(r.getServers());
for (const bad of [
  () => r.setServers('1.2.3.4'),
  () => r.setServers(['nope']),
  () => r.setServers([1]),
  () => new dns.Resolver({ timeout: 'x' }),
  () => new dns.Resolver({ tries: 0 }),
  () => r.resolve('a.test', 'BOGUS', () => {}),
  () => r.resolve4(1, () => {}),
  () => r.resolve4('a.test'),
]) {
  try {
    bad();
    console.log('no throw');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
