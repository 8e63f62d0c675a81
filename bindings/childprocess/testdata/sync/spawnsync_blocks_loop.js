const { spawnSync } = require('child_process');
const order = [];
setTimeout(() => order.push('timer'), 0);
setImmediate(() => order.push('immediate'));
process.nextTick(() => order.push('tick'));
spawnSync('sleep', ['0.1']);
order.push('after sync');
setTimeout(() => console.log(order.join(', ')), 20);
