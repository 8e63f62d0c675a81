// structuredClone refuses web streams that are not transferred, as Node does.
for (const v of [new ReadableStream(), new WritableStream(), new TransformStream(), { s: new ReadableStream() }]) {
  try { structuredClone(v); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(structuredClone({ tag: { [Symbol.toStringTag]: 'ReadableStream' } }));
