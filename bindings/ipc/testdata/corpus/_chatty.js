'use strict';
console.log('child stdout line');
console.error('child stderr line');
process.on('message', (m) => { console.log('child got', m); process.disconnect(); });
