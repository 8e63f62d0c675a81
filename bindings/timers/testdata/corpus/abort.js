const { setTimeout: sleep, setImmediate: immediate, setInterval: every } = require('timers/promises');
(async () => {
  const ac = new AbortController();
  const p = sleep(1000, 'never', { signal: ac.signal });
  setTimeout(() => ac.abort(), 5);
  try { await p; } catch (e) { console.log(e.name, e.code, e.message, e instanceof Error, e.cause && e.cause.name); }
  const ac2 = new AbortController();
  ac2.abort('why');
  try { await sleep(1, 'x', { signal: ac2.signal }); } catch (e) { console.log(e.name, e.code, e.cause); }
  try { await immediate('x', { signal: ac2.signal }); } catch (e) { console.log('imm', e.code, e.cause); }
  const ac3 = new AbortController();
  const reason = new Error('custom');
  const q = immediate('v', { signal: ac3.signal });
  ac3.abort(reason);
  try { await q; } catch (e) { console.log('imm2', e.code, e.cause === reason); }
  const ac4 = new AbortController();
  let n = 0;
  try {
    for await (const v of every(2, 'tick', { signal: ac4.signal })) {
      n++;
      if (n === 3) ac4.abort();
    }
  } catch (e) {
    console.log('interval', n, e.code);
  }
  // An unref'd timer does not keep the process alive.
  sleep(100000, null, { ref: false }).then(() => console.log('should not print'));
  console.log('done');
})();
