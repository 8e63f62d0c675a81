// Bad arguments to lookup, lookupService and the result order throw
// node's errors.
const dns = require('dns');

const cases = [
  () => dns.lookup(1, () => {}),
  () => dns.lookup('x', { family: 5 }, () => {}),
  () => dns.lookup('x', 5, () => {}),
  () => dns.lookup('x', 'y', () => {}),
  () => dns.lookup('x', {}),
  () => dns.lookup('x'),
  () => dns.lookup('x', { all: 'yes' }, () => {}),
  () => dns.lookup('x', { verbatim: 1 }, () => {}),
  () => dns.lookup('x', { order: 'random' }, () => {}),
  () => dns.lookup('x', { hints: 'a' }, () => {}),
  () => dns.lookup('x', { hints: 12345 }, () => {}),
  () => dns.setDefaultResultOrder('random'),
  () => dns.lookupService('127.0.0.1', 22),
  () => dns.lookupService('nope', 22, () => {}),
  () => dns.lookupService('127.0.0.1', 70000, () => {}),
  () => dns.lookupService('127.0.0.1', 'x', () => {}),
  () => dns.lookupService(1, 22, () => {}),
];
for (const c of cases) {
  try {
    c();
    console.log('no throw');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
