// Two CommonJS modules with the same module.exports object still get a
// namespace each, with the names the lexer finds in each file.
import * as b from 'cjs-shapes/shared_b.js';
import * as a from 'cjs-shapes/shared_a.js';
console.log(Object.keys(b), Object.keys(a), a.default === b.default, a === b);
