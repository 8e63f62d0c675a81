const order = [];
setTimeout(() => {
  order.push('t1');
  process.nextTick(() => order.push('t1-tick'));
  Promise.resolve().then(() => order.push('t1-promise'));
  setImmediate(() => order.push('t1-immediate'));
  setTimeout(() => order.push('t1-timeout0'), 0);
}, 2);
setTimeout(() => order.push('t2'), 30);
setTimeout(() => console.log(order.join('\n')), 50);
