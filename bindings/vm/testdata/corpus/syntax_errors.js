// A syntax error is a SyntaxError of the main context, thrown at compile time.
const vm = require('vm');
const cases = ['a b', 'let = ;', 'function (', '({', 'var 1x = 2', 'return 1'];
for (const code of cases) {
  try {
    new vm.Script(code, { filename: 'bad.js' });
    console.log('compiled', code);
  } catch (e) {
    console.log(e instanceof SyntaxError, e.name, JSON.stringify(code));
  }
}
try {
  vm.runInNewContext('a b');
} catch (e) {
  console.log(e instanceof SyntaxError, e.message);
}
try {
  vm.compileFunction('return a b');
} catch (e) {
  console.log(e instanceof SyntaxError, e.message);
}
