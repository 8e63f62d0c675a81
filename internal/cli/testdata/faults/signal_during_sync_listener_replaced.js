// A signal caught during a sync call belongs to the listeners installed
// then: replaced before the loop turns, neither old nor new runs (node's
// signal handle closed with the signal pending).
const cp = require('child_process');
const first = () => console.log('first listener');
process.on('SIGUSR2', first);
cp.execSync('kill -USR2 ' + process.pid + '; sleep 0.2');
console.log('execSync returned');
process.removeListener('SIGUSR2', first);
process.on('SIGUSR2', () => console.log('second listener'));
setTimeout(() => {
  console.log('timer');
  process.removeAllListeners('SIGUSR2');
}, 300);
