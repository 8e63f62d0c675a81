// structuredClone refuses weak collections, weak references, registries and
// promises (subclasses too, named by their constructor), and clones objects
// that only inherit from them as plain objects.
for (const v of [new WeakMap(), new WeakSet(), new WeakRef({}), new FinalizationRegistry(() => {}), Promise.resolve(1), { p: new WeakMap() }, Object.create(WeakMap.prototype)]) {
  try { console.log(structuredClone(v)); } catch (e) { console.log(e.name, e.message, e.code); }
}
class W2 extends WeakMap {}
class P2 extends Promise {}
for (const v of [new W2(), P2.resolve(1), Object.assign(new WeakSet(), {x: 1})]) {
  try { console.log(structuredClone(v)); } catch (e) { console.log(e.name, e.message, e.code); }
}
