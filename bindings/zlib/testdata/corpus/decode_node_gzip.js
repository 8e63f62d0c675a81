// gzip data made by node's zlib (levels 1, 9, Huffman only, stored)
// decodes to the same text.
const zlib = require('zlib');
const text = 'The quick brown fox jumps over the lazy dog. '.repeat(20) + '0123456789'.repeat(10);
const made = {
  level1: 'H4sIAAAAAAAEAwvJSFUoLM1MzlZIKsovz1NIy69QyCrNLShWyC9LLVIoyUhVyEmsqlRIyU/XUwgZVTwaGqNpg9o5xcDQyNjE1MzcwpJ2LABOlsgs6AMAAA==',
  level9: 'H4sIAAAAAAACAwvJSFUoLM1MzlZIKsovz1NIy69QyCrNLShWyC9LLVIoyUhVyEmsqlRIyU/XUwgZVTyqeFQxtRUbGBoZm5iamVtY0o4FAE6WyCzoAwAA',
  stored: 'H4sIAAAAAAAEAwEQAO//c3RvcmVkIGRhdGEgaGVyZdnTqh4QAAAA',
};
for (const [name, b64] of Object.entries(made)) {
  const buf = Buffer.from(b64, 'base64');
  const out = zlib.gunzipSync(buf).toString();
  console.log(name, out === text || out, zlib.unzipSync(buf).toString() === out);
}
const g = zlib.createGunzip();
let s = '';
g.on('data', (d) => { s += d; });
g.on('end', () => {
  console.log('stream', s === text);
  zlib.gunzip(Buffer.from(made.level9, 'base64'), (err, out) => console.log('callback', err, out.toString() === text));
});
const buf = Buffer.from(made.level1, 'base64');
for (let i = 0; i < buf.length; i += 7) g.write(buf.subarray(i, i + 7));
g.end();
