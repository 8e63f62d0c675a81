// Async generators exported from an ES module keep node's shape in the
// importer: hoisted declarations, the default export's name, methods.
import anonymousDefault, { AsyncIteratorPrototype, range, reader } from './_streams.mjs';

const AGF = Object.getPrototypeOf(async function* () {});
console.log(Object.getPrototypeOf(AGF.prototype) === AsyncIteratorPrototype);
console.log(range, anonymousDefault, reader.lines);
console.log(Object.getPrototypeOf(range(1)) === range.prototype, Object.getPrototypeOf(reader.lines('')) === reader.lines.prototype);
const seen = [];
for await (const x of range(3)) seen.push(x);
for await (const x of anonymousDefault()) seen.push(x);
for await (const x of reader.lines('p\nq')) seen.push(x);
console.log(seen);
