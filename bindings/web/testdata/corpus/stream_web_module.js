// stream/web exports the classes, the same objects as the globals.
const web = require('stream/web');
const names = Object.keys(web);
console.log(names);
for (const k of names) {
  if (web[k] !== globalThis[k]) console.log('differs', k);
}
console.log(require('node:stream/web') === web);
for (const k of names) console.log(k, typeof web[k], web[k].name, Object.getOwnPropertyDescriptor(globalThis, k).enumerable);
console.log(typeof ReadableStream.from);
