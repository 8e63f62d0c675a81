// The ES module twin of _show.js.
const dir = import.meta.dirname;
export const rel = (s) => String(s).split('file://' + dir).join('file://.').split(dir).join('.');
function report(label, e) {
  console.log(label, '!!', e.name, e.code, rel(e.message));
  if (e.path) console.log('   path:', rel(e.path));
  if (e.url) console.log('   url:', rel(e.url));
}
export function show(label, f) {
  try {
    const v = f();
    console.log(label, '->', typeof v === 'string' ? rel(v) : v);
  } catch (e) {
    report(label, e);
  }
}
export async function showAsync(label, f) {
  try {
    const v = await f();
    console.log(label, '->', typeof v === 'string' ? rel(v) : v);
  } catch (e) {
    report(label, e);
  }
}
