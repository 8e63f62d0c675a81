const { Readable } = require('stream');
async function* gen() { yield 'a'; await null; yield 'b'; yield Buffer.from('c'); }
async function main() {
  const r = Readable.from(gen());
  const got = [];
  for await (const chunk of r) got.push(chunk);
  console.log(got, r.destroyed);
  const r2 = Readable.from(['x', 'y', 'z'], { objectMode: false });
  const chunks = [];
  for await (const c of r2) chunks.push(c);
  console.log(chunks.map(String));
  const r3 = Readable.from('a whole string');
  for await (const c of r3) console.log('string chunk', c);
  const r4 = new Readable({ read() {} });
  r4.push('1'); r4.push('2');
  setTimeout(() => { r4.push('3'); r4.push(null); }, 2);
  const parts = [];
  for await (const c of r4) parts.push(c.toString());
  console.log(parts);
  const r5 = Readable.from([1, 2, 3, 4]);
  for await (const c of r5) { console.log('early', c); if (c === 2) break; }
  console.log('r5 destroyed after break', r5.destroyed);
  const r6 = new Readable({ read() { this.destroy(new Error('read failed')); } });
  try { for await (const c of r6) console.log(c); } catch (e) { console.log('iter error', e.message); }
  const it = Readable.from([1, 2])[Symbol.asyncIterator]();
  console.log(await it.next(), await it.next(), await it.next());
  try { Readable.from(5); } catch (e) { console.log(e.code, e.message); }
  const p = Promise.resolve('promise value');
  for await (const v of Readable.from([p, 'x'])) console.log('resolved', v);
}
main().then(() => console.log('done'));
