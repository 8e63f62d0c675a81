// util.MIMEParams: a map of parameters that validates names and values on
// set, keeps names as given, and serializes values that need it quoted.
const { MIMEType, MIMEParams, inspect } = require('util');
const m = new MIMEType('application/javascript; goal=module');
const p = m.params;
p.set('charset', 'utf-8');
p.set('Empty', '');
p.set('quote', 'say "hi"\\now');
p.set('space', 'a b');
console.log(String(m));
console.log(p.get('goal'), p.get('missing'), p.has('Empty'), p.has('empty'), p.delete('goal'), p.has('goal'));
console.log([...p.keys()], [...p.values()], [...p.entries()], [...p]);
console.log(JSON.stringify(p), String(p), String(new MIMEParams()), String(new MIMEParams('a=b')));
for (const [name, value] of [['', 'x'], ['a b', 'x'], ['x=', 'x'], ['ok', 'line\nbreak'], ['ok', 'snow\u2603']]) {
  try { p.set(name, value); console.log('set', name); } catch (e) { console.log(e.code, e.message); }
}
m.type = 'TEXT';
m.subtype = 'Plain';
console.log(String(m), m.essence);
for (const v of ['', 'a/b', ' x', 'x;']) {
  try { m.type = v; } catch (e) { console.log(e.code, e.message); }
  try { m.subtype = v; } catch (e) { console.log(e.code, e.message); }
}
console.log(inspect(m), inspect(p), typeof MIMEParams.prototype[Symbol.iterator], MIMEParams.prototype[Symbol.iterator] === MIMEParams.prototype.entries);
console.log(Object.getOwnPropertyNames(MIMEType.prototype), Object.getOwnPropertyNames(MIMEParams.prototype), MIMEType.length, MIMEParams.length);
try { MIMEType('a/b'); } catch (e) { console.log(e.name); }
