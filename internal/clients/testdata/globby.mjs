// globby matches files with patterns, negations and .gitignore as under node.
import { globby, globbySync, isDynamicPattern } from 'globby';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'globby-'));
for (const f of ['src/a.js', 'src/b.ts', 'src/lib/c.js', 'test/a.test.js', 'dist/out.js', '.hidden/x.js', 'README.md']) {
  fs.mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
  fs.writeFileSync(path.join(root, f), f);
}
fs.writeFileSync(path.join(root, '.gitignore'), 'dist\n');
try {
  console.log((await globby(['**/*.js', '!test/**'], { cwd: root })).sort());
  console.log((await globby('**/*.js', { cwd: root, gitignore: true })).sort());
  console.log(globbySync(['src/**', '*.md'], { cwd: root, onlyFiles: true }).sort());
  console.log((await globby('src', { cwd: root, expandDirectories: { extensions: ['ts'] } })).sort());
  console.log(isDynamicPattern('src/*.js'), isDynamicPattern('src/a.js'));
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}
