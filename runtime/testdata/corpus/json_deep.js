// JSON.stringify refuses nesting far deeper than V8's stack allows with a
// RangeError; JSON.parse builds deeply nested values (iteratively, as V8
// does) unless a reviver must walk them.
function nest(n, obj) {
  const root = obj ? {} : [];
  let x = root;
  for (let i = 0; i < n; i++) {
    const y = obj ? {} : [];
    if (obj) x.a = y; else x.push(y);
    x = y;
  }
  return root;
}
function attempt(label, fn) {
  try {
    const v = fn();
    console.log(label, 'ok', typeof v === 'string' ? v.length : typeof v);
  } catch (e) {
    console.log(label, e instanceof RangeError, e.name, e.message);
  }
}
attempt('stringify arrays 1000', () => JSON.stringify(nest(1000, false)));
attempt('stringify objects 1000', () => JSON.stringify(nest(1000, true)));
attempt('stringify arrays 1e4', () => JSON.stringify(nest(1e4, false)));
attempt('stringify objects 1e5', () => JSON.stringify(nest(1e5, true)));
attempt('stringify replacer 1e4', () => JSON.stringify(nest(1e4, false), (k, v) => v));
attempt('stringify replacer 100', () => JSON.stringify(nest(100, true), (k, v) => (k === 'a' && Math.random() < 2 ? v : v), 1));
console.log(JSON.stringify({ a: [1, { b: 2 }], c: 'x' }, (k, v) => (typeof v === 'number' ? v * 10 : v)));
console.log(JSON.stringify({ a: 1, b: { a: 2, c: 3 }, c: 4 }, ['c', 'b']));
console.log(JSON.stringify({ toJSON() { return [{ toJSON: () => 'inner' }]; } }));
console.log(JSON.stringify(new Date(0)), JSON.stringify(undefined), JSON.stringify(() => {}), JSON.stringify([undefined, () => {}]));
const cyclic = []; cyclic.push([cyclic]);
try { JSON.stringify(cyclic); } catch (e) { console.log('stringify cyclic', e.name, e.message.split('\n')[0]); }
const depth = 1e5;
const text = '['.repeat(depth) + ']'.repeat(depth);
attempt('parse arrays 1e5', () => {
  let v = JSON.parse(text), n = 0;
  while (v.length) { v = v[0]; n++; }
  return String(n);
});
attempt('parse objects 1e5', () => {
  let v = JSON.parse('{"a":'.repeat(depth) + '{"__proto__":1,"":[true,null,-0.5e1,"\\u00e9"]}' + '}'.repeat(depth)), n = 0;
  while (v.a) { v = v.a; n++; }
  return JSON.stringify(v) + n + Object.getPrototypeOf(v === null ? {} : v === Object.prototype);
});
attempt('parse unclosed 1e6', () => JSON.parse('['.repeat(1e6)));
attempt('parse unclosed 10', () => JSON.parse('[[[1,'));
attempt('parse empty', () => JSON.parse(''));
attempt('parse reviver 1e5', () => JSON.parse(text, (k, v) => v));
attempt('parse reviver 10', () => JSON.stringify(JSON.parse('[[[1]],{"x":[2]}]', (k, v) => (typeof v === 'number' ? v + 1 : v))));
console.log(JSON.parse.name, JSON.parse.length, JSON.stringify.name, JSON.stringify.length, Object.keys(JSON));
console.log(Object.getOwnPropertyDescriptor(JSON, 'parse').enumerable, Object.getOwnPropertyDescriptor(JSON, 'stringify').writable);
