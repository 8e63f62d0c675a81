const { setInterval } = require('timers/promises');
(async () => {
  let i = 0;
  const start = Date.now();
  for await (const v of setInterval(5, 'val')) {
    console.log(i, v);
    if (++i === 4) break;
  }
  console.log('elapsed ok', Date.now() - start >= 15);
  const it = setInterval(3, 7);
  console.log(await it.next());
  console.log(await it.return());
  console.log(await it.next());
})();
