// run, enter and exit: process.domain and domain.active follow the stack.
const domain = require('domain');
console.log(process.domain, domain.active, Object.keys(domain));
const a = domain.create();
const b = domain.createDomain();
console.log(a instanceof domain.Domain, a instanceof require('events'), a.members, a.domain, typeof a.dispose);
const r = a.run(function (x, y) {
  console.log('in a', process.domain === a, domain.active === a, this === a, x, y);
  b.run(() => console.log('in b', process.domain === b, domain._stack.length));
  console.log('back in a', process.domain === a, domain._stack.length);
  return 'ret';
}, 1, 2);
console.log('returned', r, process.domain, domain.active, domain._stack.length);
a.enter();
b.enter();
a.enter();
console.log('stack', domain._stack.map((d) => (d === a ? 'a' : 'b')).join(''));
b.exit();
console.log('after b.exit', domain._stack.map((d) => (d === a ? 'a' : 'b')).join(''), process.domain === a);
b.exit();
console.log('exit of a domain not entered', domain._stack.length);
a.exit();
console.log('after a.exit', domain._stack.length, process.domain, domain.active);
