// for await over lowered async generators: yield, yield* over sync and
// async iterables, awaits inside, break running finally, errors thrown.
async function* inner() {
  yield 'i1';
  await null;
  yield 'i2';
}
async function* outer() {
  yield 'start';
  yield* inner();
  yield* ['s1', Promise.resolve('s2')];
  const v = await new Promise((resolve) => setTimeout(() => resolve('late'), 5));
  yield v;
}
async function* guarded(log) {
  try {
    for (let i = 0; ; i++) yield i;
  } finally {
    log.push('finally');
  }
}
async function* failing() {
  yield 1;
  throw new Error('boom');
}
(async () => {
  for await (const x of outer()) console.log('outer', x);
  const log = [];
  for await (const x of guarded(log)) {
    if (x === 2) break;
    log.push(x);
  }
  console.log('guarded', log.join(','));
  try {
    for await (const x of failing()) console.log('failing', x);
  } catch (e) {
    console.log('caught', e.message);
  }
  const it = outer();
  const all = await Promise.all([it.next(), it.next(), it.next()]);
  console.log('queued', all.map((r) => r.value).join(','));
})();
