// Blob errors: bad sources, options, endings, and methods on non-blobs.
const cases = {
  'string sources': () => new Blob('abc'),
  'number sources': () => new Blob(5),
  'null sources': () => new Blob(null),
  'number options': () => new Blob([], 5),
  'bad endings': () => new Blob([], { endings: 'x' }),
  'size of object': () => Object.getOwnPropertyDescriptor(Blob.prototype, 'size').get.call({}),
  'slice of object': () => Blob.prototype.slice.call({}),
  'file without name': () => new File([]),
  'file name of blob': () => Object.getOwnPropertyDescriptor(File.prototype, 'name').get.call(new Blob([])),
};
for (const [k, f] of Object.entries(cases)) {
  try {
    f();
    console.log(k, 'ok');
  } catch (e) {
    console.log(k, '->', e.name, e.code, e.message);
  }
}
Blob.prototype.text.call({}).catch((e) => console.log('text rejects', e.name, e.code, e.message));
