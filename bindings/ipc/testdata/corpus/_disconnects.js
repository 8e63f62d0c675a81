'use strict';
process.send('bye soon');
process.disconnect();
console.log('child connected after disconnect:', process.connected, process.channel);
process.on('disconnect', () => console.log('child got disconnect event'));
setTimeout(() => console.log('child still running'), 50);
