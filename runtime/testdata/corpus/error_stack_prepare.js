// Error.prepareStackTrace, when a function at the time the stack is first
// read, makes the stack of errors the constructors made, from CallSites.
const mine = (sites) => sites.filter((s) => !String(s.getFileName()).startsWith('node:'));

function where() { return new Error('sites'); }
const e = where();
Error.prepareStackTrace = (err, sites) => `${err.name}|${err.message}|` +
  mine(sites).map((s) => `${s.getFunctionName()}@${s.getLineNumber()}:${s.getColumnNumber()}`).join(',');
console.log(e.stack);
console.log(new TypeError('typed').stack);
Error.prepareStackTrace = (err, sites) => ({ count: mine(sites).length });
console.log(new Error('object').stack);
Error.prepareStackTrace = undefined;

// Set after the error was made, but before its stack was read, it still
// makes that stack; set after the read, it changes nothing.
const early = where();
const read = where();
read.stack;
Error.prepareStackTrace = () => 'prepared';
console.log(early.stack, read.stack.split('\n')[0]);
delete Error.prepareStackTrace;
console.log(new Error('plain again').stack.split('\n')[0]);
