const crypto = require('crypto');
const show = require('./_show');
const re = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
let ok = true;
const seen = new Set();
for (let i = 0; i < 500; i++) {
  const u = crypto.randomUUID();
  if (!re.test(u)) ok = false;
  seen.add(u);
}
console.log('format', ok, 'distinct', seen.size);
console.log(re.test(crypto.randomUUID({ disableEntropyCache: true })));
console.log(re.test(globalThis.crypto.randomUUID()));
show('opt type', () => crypto.randomUUID(1));
show('opt field', () => crypto.randomUUID({ disableEntropyCache: 1 }));
show('null', () => crypto.randomUUID(null));
