'use strict';
process.on('message', (m) => { throw new Error('child failed on ' + m); });
