// stderr: report frames
// pending: goja's stack frames carry no receiver, so a method's frame cannot be named by its receiver's type as V8 names it ("Object.load [as get]", "A.m")
// A frame of a function called as a method is named by its receiver.
function load(name) {
  return require(name);
}
const x = { get: load };
x.get('./no-such-module');
