// lookup calls back asynchronously even for an IP address, after the
// current tick's work.
const dns = require('dns');

dns.lookup('127.0.0.1', (e, a, f) => console.log('callback', a, f));
process.nextTick(() => console.log('tick'));
console.log('sync', typeof dns.lookup('127.0.0.1', () => {}));
