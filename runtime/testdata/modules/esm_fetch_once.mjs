// A graph of ES modules is read before any of it runs: a module that an
// earlier one rewrites runs as it was read, and a module imported from
// many places, or many names from one module, is one module. A later
// import of a new file sees the file as it is then.
import { mkdtempSync, writeFileSync, symlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = mkdtempSync(join(tmpdir(), 'esm-fetch-once-'));
const file = (name, src) => writeFileSync(join(dir, name), src);
file('main.mjs', `
import './writer.mjs';
import { a, b } from './shared.mjs';
import { c } from './other.mjs';
import * as t from './target.mjs';
import { s } from './link.mjs';
console.log('target', t.v, 'shared', a, b, c, 'link', s);
`);
file('writer.mjs', `
import { writeFileSync } from 'node:fs';
writeFileSync(new URL('./target.mjs', import.meta.url), 'export const v = "rewritten";\\n');
console.log('writer ran');
`);
file('shared.mjs', `console.log('shared ran'); export const a = 1, b = 2;`);
file('other.mjs', `import { a } from './shared.mjs'; export const c = a + 2;`);
file('target.mjs', `export const v = "as read";\n`);
file('real.mjs', `export const s = 'real';`);
symlinkSync(join(dir, 'real.mjs'), join(dir, 'link.mjs'));

await import(pathToFileURL(join(dir, 'main.mjs')).href);
const again = await import(pathToFileURL(join(dir, 'target.mjs')).href);
console.log('same module again:', again.v);
file('later.mjs', `export { v } from './target.mjs'; export const w = 'later';`);
const later = await import(pathToFileURL(join(dir, 'later.mjs')).href);
console.log('later:', later.v, later.w);
rmSync(dir, { recursive: true });
