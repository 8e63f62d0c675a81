const path = require('path');
const cases = [['/a/b/c.js', '/a/**/*.js'], ['/a/b/c.js', '/a/*.js'], ['x.ts', '*.{js,ts}'], ['x.md', '*.{js,ts}'], ['file1.txt', 'file?.txt'], ['file10.txt', 'file?.txt'], ['b.c', '[abc].c'], ['d.c', '[!abc].c'], ['src/deep/nested/x.test.js', 'src/**/*.test.js']];
for (const [p, g] of cases) console.log(p, g, path.matchesGlob(p, g));
try { path.matchesGlob(1, '*'); } catch (e) { console.log(e.code, e.message); }
