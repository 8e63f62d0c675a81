// bind and intercept wrap callbacks to run in the domain; intercept
// turns an error first argument into the domain's 'error'.
const domain = require('domain');
const fs = require('fs');
const d = domain.create();
d.on('error', (e) => console.log('error', e.code || e.message, e.domain === d, e.domainThrown, typeof e.domainBound));
const bound = d.bind(function (a, b) {
  console.log('bound', a, b, process.domain === d, this.tag);
  return a + b;
});
console.log(bound.domain === d, Object.keys(bound));
console.log('returns', bound.call({ tag: 'this' }, 1, 2));
console.log('after', process.domain);
const icb = d.intercept(function (data) {
  console.log('intercepted ok', arguments.length, data, process.domain === d);
  return 'r';
});
console.log('intercept returns', icb(null, 'data', 'more'));
icb(new Error('via intercept'), 'ignored');
fs.readFile('/nonexistent/file', d.intercept(() => console.log('not called')));
setTimeout(() => {
  fs.readFile(__filename, d.intercept((buf) => console.log('read', buf.length > 0)));
  d.bind(() => { throw new Error('thrown in bound'); })();
}, 20);
console.log('never printed');
