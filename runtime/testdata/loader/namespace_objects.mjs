// Module namespace objects: how they print, their property descriptors,
// sealing, live bindings, and the namespaces of CommonJS and JSON modules.
import * as counter from './_lib/counter.mjs';
import * as literal from 'cjs-shapes/literal.js';
import * as json from './_lib/good.json' with { type: 'json' };
console.log(counter, literal, json);
console.log(Object.getOwnPropertyDescriptor(counter, 'count'), Object.getOwnPropertyDescriptor(counter, Symbol.toStringTag));
console.log(Object.isSealed(counter), Object.isFrozen(counter), Object.isExtensible(literal), Object.getPrototypeOf(json));
counter.bump();
console.log(counter.count, Object.getOwnPropertyDescriptor(counter, 'count').value);
console.log(Reflect.set(counter, 'count', 5), Reflect.deleteProperty(counter, 'count'), Reflect.deleteProperty(counter, 'other'), Reflect.defineProperty(counter, 'x', { value: 1 }));
console.log(Reflect.ownKeys(literal), String(counter[Symbol.toStringTag]), Object.prototype.toString.call(literal));
const again = await import('./_lib/counter.mjs');
console.log(again === counter, (await import('cjs-shapes/literal.js')) === literal);
const viaRequire = await import('./_lib/require_counter.cjs');
console.log(viaRequire.default);
