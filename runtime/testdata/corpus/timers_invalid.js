for (const bad of [undefined, null, 1, 'str', {}]) {
  try { setTimeout(bad, 1); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { setImmediate(); } catch (e) { console.log(e.code, e.message); }
try { process.nextTick(5); } catch (e) { console.log(e.code, e.message); }
try { queueMicrotask('x'); } catch (e) { console.log(e.code, e.message); }
setTimeout(() => console.log('negative delay ok'), -5);
setTimeout(() => console.log('NaN delay ok'), NaN);
setTimeout(() => console.log('string delay ok'), '3');
