let n = 0;
function again() { if (++n < 5) process.nextTick(again); else console.log('ticks', n); }
process.nextTick(again);
Promise.resolve().then(() => console.log('promise after all ticks'));
setTimeout(() => console.log('timeout last'), 0);
