// Runaway recursion ends in Node's RangeError, which 'uncaughtException'
// listeners receive; the program then goes on.
const cases = {
  direct() {
    function f(n) { return f(n + 1) + 1; }
    f(0);
  },
  mutual() {
    function a(n) { return b(n) + 1; }
    function b(n) { return a(n + 1); }
    a(0);
  },
  method() {
    const o = { deeper(n) { return this.deeper(n + 1); } };
    o.deeper(0);
  },
  arrow() {
    const g = (n) => g(n + 1) * 2;
    g(0);
  },
};
const names = Object.keys(cases);
let current;
process.on('uncaughtException', (e) => {
  console.log(current, e instanceof RangeError, e.name, e.message, typeof e.stack);
  next();
});
function next() {
  current = names.shift();
  if (current) setImmediate(cases[current]);
}
next();
process.on('exit', (code) => console.log('exit', code));
