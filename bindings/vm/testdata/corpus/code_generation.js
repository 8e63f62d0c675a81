// codeGeneration: { strings: false } makes eval and the Function
// constructors throw EvalError in that context only.
const vm = require('vm');
const denied = vm.createContext({}, { codeGeneration: { strings: false } });
const allowed = vm.createContext({});
const attempts = ['eval("1 + 1")', 'eval(5)', 'new Function("return 1")()', '(function () {}).constructor("return 2")()',
  '(function* () {}).constructor("yield 3")().next().value', 'typeof eval + " " + typeof Function', '1 + 1'];
for (const code of attempts) {
  for (const ctx of [denied, allowed]) {
    try {
      console.log(vm.runInContext(code, ctx));
    } catch (e) {
      console.log(e.name, e.message);
    }
  }
}
try {
  vm.runInNewContext('eval("x")', {}, { contextCodeGeneration: { strings: false } });
} catch (e) {
  console.log(e.name, e instanceof EvalError);
}
console.log(eval('"main still evaluates"'));
