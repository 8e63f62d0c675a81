// structuredClone of Blob and File, buffer's exports, and blob: URLs.
const buffer = require('buffer');
(async () => {
  const b = new Blob(['cloned'], { type: 'a/b' });
  const c = structuredClone(b);
  console.log(c, c instanceof Blob, c === b, await c.text());
  const f = structuredClone(new File(['f'], 'name.txt'));
  console.log(f, f instanceof File, f instanceof Blob);
  const nested = structuredClone({ list: [b] });
  console.log(nested);
  console.log(buffer.Blob === Blob, buffer.File === File, typeof buffer.resolveObjectURL);
  console.log(Object.keys(buffer).filter((k) => ['Blob', 'File', 'resolveObjectURL'].includes(k)));
  const url = URL.createObjectURL(b);
  console.log(/^blob:nodedata:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(url));
  const back = buffer.resolveObjectURL(url);
  console.log(back, back === b, await back.text());
  console.log(buffer.resolveObjectURL(url + '#frag'), buffer.resolveObjectURL('blob:nodedata:nope'), buffer.resolveObjectURL(5));
  URL.revokeObjectURL(url);
  console.log(buffer.resolveObjectURL(url));
  URL.revokeObjectURL('not a url');
  try {
    URL.createObjectURL('x');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  try {
    URL.revokeObjectURL();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  console.log(URL.createObjectURL.name, URL.createObjectURL.length);
})();
