'use strict';
// Forked by adv_parent.js with serialization 'advanced': echoes every
// message back, with what its receiving side saw of it, and leaves when told.
process.on('message', (m) => {
  if (m === 'bye') return process.disconnect();
  if (m && m.describe) return process.send({ seen: require('./adv_describe.js')(m.value) });
  process.send({ echo: m });
});
process.send({ ready: new Map([['pid', typeof process.pid]]) });
