console.log('start');
setImmediate(() => { console.log('immediate'); setTimeout(() => console.log('timeout'), 10); });
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => { console.log('micro'); process.nextTick(() => console.log('tick in micro')); });
queueMicrotask(() => console.log('qm'));
console.log({a: 1, b: [1,2,3], c: new Map([[1, {x: 2}]])}, 'x', 5);
process.on('exit', (c) => console.log('exit', c));
const t = setInterval(() => { console.log('iv'); clearInterval(t); }, 200);
