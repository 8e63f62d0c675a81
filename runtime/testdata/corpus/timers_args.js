setTimeout((a, b) => console.log('timeout', a, b), 1, 'x', 42);
setImmediate((a) => console.log('immediate', a), 'y');
const iv = setInterval((c) => { console.log('interval', c); clearInterval(iv); }, 1, 'z');
process.nextTick((a, b) => console.log('tick', a, b), 1, 2);
