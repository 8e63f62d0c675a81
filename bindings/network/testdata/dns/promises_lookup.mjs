// dns/promises lookup: one address as {address, family}, or all of them;
// the result order setting is shared with the callback API.
import dns from 'node:dns';
import { lookup, getDefaultResultOrder, setDefaultResultOrder } from 'node:dns/promises';

console.log(await lookup('localhost'));
console.log(await lookup('localhost', { all: true }));
console.log(await lookup('localhost', 4));
console.log(await lookup('127.0.0.1', { family: 4 }));
console.log(getDefaultResultOrder(), dns.getDefaultResultOrder());
setDefaultResultOrder('ipv4first');
console.log(getDefaultResultOrder(), dns.getDefaultResultOrder());
dns.setDefaultResultOrder('ipv6first');
console.log(getDefaultResultOrder());
console.log(dns.promises === (await import('node:dns/promises')).default);
try {
  await lookup('x', { family: 3 });
} catch (e) {
  console.log('threw', e.code);
}
const { promisify } = await import('node:util');
console.log(await promisify(dns.lookup)('localhost', { family: 4 }));
