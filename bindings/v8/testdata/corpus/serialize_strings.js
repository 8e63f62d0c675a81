const v8 = require('v8');
const hex = (v) => { try { return v8.serialize(v).toString('hex'); } catch (e) { return 'throws ' + e.name + ': ' + e.message; } };
const show = (label, v) => console.log(label, hex(v));

for (const s of ['', 'a', 'hello world', 'é', 'ÿ\u0000', 'ሴ', 'aሴ', 'abሴ', '\ud83d\ude00', '\ud800', 'x'.repeat(200), 'ሴ'.repeat(70)]) show(JSON.stringify(s), s);
// Two-byte strings are aligned to an even offset with a padding byte.
for (let n = 0; n < 4; n++) show('pad' + n, ['a'.repeat(n), 'ሴ']);
show('keys', { 'ሴ': 1, b: 'ሴሴ', 'é': 'é' });
