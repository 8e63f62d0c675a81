// An exception thrown by context code reaches the caller.
const vm = require('vm');
try {
  vm.runInNewContext('throw new Error("boom")');
} catch (e) {
  console.log(e instanceof Error, e.name, e.message, String(e));
}
try {
  vm.runInNewContext('null.x');
} catch (e) {
  console.log(e instanceof TypeError, e.name);
}
try {
  vm.runInNewContext('undefinedVariable');
} catch (e) {
  console.log(e.name, e.message);
}
try {
  vm.runInNewContext('throw 42');
} catch (e) {
  console.log(typeof e, e);
}
try {
  vm.runInThisContext('throw new RangeError("here")');
} catch (e) {
  console.log(e instanceof RangeError, e.message);
}
const ctx = vm.createContext({ Err: Error });
try {
  vm.runInContext('throw new Err("main realm error")', ctx);
} catch (e) {
  console.log(e instanceof Error, e.message);
}
try {
  vm.runInNewContext('"use strict"; undeclared = 1');
} catch (e) {
  console.log(e.name, e.message);
}
