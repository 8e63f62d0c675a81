// Headers: case-insensitive, sorted iteration, set-cookie kept apart, errors.
const h = new Headers({ 'Content-Type': 'text/plain', 'X-B': '2' });
h.append('x-a', '1');
h.append('X-A', '3');
h.append('Set-Cookie', 'a=1');
h.append('Set-Cookie', 'b=2');
console.log([...h]);
console.log(h.get('x-a'), h.get('CONTENT-TYPE'), h.get('missing'), h.has('x-b'), h.has('nope'));
console.log(h.getSetCookie(), h.get('set-cookie'));
h.set('x-a', '  trimmed  ');
h.delete('x-b');
console.log([...h.keys()], [...h.values()]);
const seen = [];
h.forEach((v, k) => seen.push(k + '=' + v));
console.log(seen);
console.log([...new Headers([['a', '1'], ['b', '2']])], [...new Headers(new Headers({ c: '3' }))]);
for (const bad of [() => h.append('bad name', 'x'), () => h.set('x', 'a\nb'), () => new Headers([['a']]), () => h.get('bad name')]) {
  try { bad(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
}
console.log(Object.prototype.toString.call(h));
