const tp = require('timers/promises');
const { setTimeout: sleep, setImmediate: immediate } = tp;
console.log(require('timers').promises === tp, typeof tp.scheduler.wait);
(async () => {
  const order = [];
  const a = sleep(120, 'slow').then((v) => order.push(v));
  const b = sleep(60, 'fast').then((v) => order.push(v));
  const c = immediate('imm').then((v) => order.push(v));
  await Promise.all([a, b, c]);
  console.log(order);
  console.log(await sleep(1), await immediate());
  console.log(await require('node:timers/promises').setTimeout(2, { x: 1 }));
  await tp.scheduler.wait(3);
  await tp.scheduler.yield();
  console.log('scheduler ok');
  try { await sleep(10, null, 'bad'); } catch (e) { console.log(e.code, e.message); }
  try { await sleep(10, null, { signal: 'x' }); } catch (e) { console.log(e.code, e.message); }
  try { await sleep(10, null, { ref: 1 }); } catch (e) { console.log(e.code, e.message); }
  try { await sleep('10'); } catch (e) { console.log(e.code, e.message); }
})();
