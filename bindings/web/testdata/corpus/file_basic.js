// File: name, lastModified, type, inheritance from Blob.
(async () => {
  const f = new File(['hello ', 'file'], 'greeting.txt', { type: 'text/plain', lastModified: 1700000000000 });
  console.log(f);
  console.log(f.name, f.lastModified, f.size, f.type, await f.text());
  console.log(f instanceof File, f instanceof Blob, Object.prototype.toString.call(f));
  const now = Date.now();
  const g = new File([], 'empty');
  console.log(typeof g.lastModified, g.lastModified >= now - 1000, g.lastModified <= Date.now());
  console.log(new File(['x'], 42, { lastModified: 1.5 }).name, new File(['x'], 'n', { lastModified: 1.5 }).lastModified);
  const s = f.slice(0, 5);
  console.log(s, s instanceof File);
  console.log(Object.getOwnPropertyNames(File.prototype));
  console.log(typeof File, File.name, Object.getPrototypeOf(File) === Blob);
})();
