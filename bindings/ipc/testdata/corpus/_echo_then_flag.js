'use strict';
// Echoes the first N messages back, then creates the flag file once the
// last echo is written: the parent waits for it, so all echoes are in the
// socket before the parent reads any.
const fs = require('fs');
const [flag, count] = process.argv.slice(2);
let n = 0;
process.on('message', (m) => {
  process.send(m, () => {
    if (++n === +count) fs.writeFileSync(flag, '');
  });
});
