async function* gen(n) {
  for (let i = 0; i < n; i++) { await null; yield i * 2; }
}
const obj = { async *[Symbol.asyncIterator]() { yield 'a'; yield 'b'; } };
(async () => {
  for await (const v of gen(3)) console.log('gen', v);
  for await (const v of obj) console.log('obj', v);
  for await (const v of [Promise.resolve(1), 2]) console.log('arr', v);
  const s = 'for await ( in a string and async function* too';
  console.log(s.length);
})();
