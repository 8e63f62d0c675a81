// Prints a value or the error thrown computing it, with paths made
// relative to this folder so that goldens do not depend on where the
// repository lives.
const dir = __dirname;
const rel = (s) => String(s).split('file://' + dir).join('file://.').split(dir).join('.');
function show(label, f) {
  try {
    const v = f();
    console.log(label, '->', typeof v === 'string' ? rel(v) : v);
  } catch (e) {
    console.log(label, '!!', e.name, e.code, rel(e.message));
    if (e.path) console.log('   path:', rel(e.path));
    if (e.url) console.log('   url:', rel(e.url));
  }
}
async function showAsync(label, f) {
  try {
    const v = await f();
    console.log(label, '->', typeof v === 'string' ? rel(v) : v);
  } catch (e) {
    console.log(label, '!!', e.name, e.code, rel(e.message));
    if (e.path) console.log('   path:', rel(e.path));
    if (e.url) console.log('   url:', rel(e.url));
  }
}
module.exports = { show, showAsync, rel };
