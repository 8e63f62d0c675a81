// Errors of subclasses: the stack starts where the error was made, below
// the constructors (as V8 skips down to new.target), and keeps the name
// the constructor set before the stack was read.
const own = (stack) => stack.split('\n').filter((l) => !/\(node:|at node:/.test(l)).join('\n');

class AppError extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = 'AppError';
  }
}
class NotFound extends AppError {
  constructor(what) {
    super(`${what} not found`, { cause: what });
    this.code = 'ENOTFOUND';
  }
}
class Plain extends TypeError {}

function lookup(name) { return new NotFound(name); }
function outer() { return lookup('thing'); }
const nf = outer();
console.log(own(nf.stack));
console.log(nf instanceof NotFound, nf instanceof AppError, nf instanceof Error, nf.cause, nf.code, Object.keys(nf));
console.log(own(new Plain('plain').stack), new Plain('x').name);

function legacyMaker() { return Reflect.construct(RangeError, ['reflected'], RangeError); }
console.log(own(legacyMaker().stack));

// A class constructor that makes a second error after super() shows its
// own frame for that one.
class Wrapper extends Error {
  constructor(msg) {
    super(msg);
    this.inner = new Error('inner');
  }
}
console.log(own(new Wrapper('w').inner.stack).split('\n').length > 1);

// An error with a cause: each has its own stack.
const withCause = new Error('outer', { cause: new TypeError('inner cause') });
console.log(own(withCause.stack));
console.log(own(withCause.cause.stack));
