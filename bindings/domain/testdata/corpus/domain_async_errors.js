// Errors thrown in callbacks scheduled inside a domain reach its 'error'.
const domain = require('domain');
const d = domain.create();
const seen = [];
d.on('error', (e) => {
  seen.push(e.message);
  console.log('caught', e.message, e.domain === d, e.domainThrown, 'domainEmitter' in e, process.domain === d);
  if (seen.length === 4) setTimeout(() => console.log('outside', process.domain, seen.join(',')), 5);
});
d.run(() => {
  setTimeout(() => {
    console.log('timeout runs in d', process.domain === d);
    throw new Error('timeout');
  }, 1);
  let n = 0;
  const iv = setInterval(() => {
    if (++n === 2) {
      clearInterval(iv);
      throw new Error('interval');
    }
  }, 1);
  setImmediate(() => {
    throw new Error('immediate');
  });
  process.nextTick(() => {
    throw new Error('tick');
  });
});
console.log('sync done', process.domain);
