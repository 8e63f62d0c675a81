const rel = s => String(s).split(__dirname).join('.');
function show(f) {
  try { f(); console.log('no error'); }
  catch (e) { console.log(e.name, e.code, e.name === 'SyntaxError' ? rel(e.message).split(':')[0] : rel(e.message)); if (e.requireStack) console.log(e.requireStack.map(rel)); }
}
show(() => require('./nope'));
show(() => require('./_lib/requires_missing')());
show(() => require('./_lib/bad.json'));
show(() => require('node:nope'));
show(() => require('node:events') && 'ok');
show(() => require(42));
show(() => require(''));
show(() => require.resolve('./nope-either'));
show(() => require('some-missing-package'));
