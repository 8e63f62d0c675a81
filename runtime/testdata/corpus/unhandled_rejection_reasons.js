'use strict';
// A rejection no handler takes is thrown as its reason when the reason
// looks like an error (an object with an own "stack", whatever its
// prototype); anything else is wrapped in an ERR_UNHANDLED_REJECTION error
// whose message names the reason without running any of its code (no
// getter, toString or proxy trap).
const reasons = [];
const add = (label, make) => reasons.push([label, make]);
let ran = 0;

add('plain object', () => ({ a: 1 }));
add('array', () => [1, 2]);
add('string', () => 'str');
add('number', () => -0);
add('bigint', () => 10n);
add('null', () => null);
add('undefined', () => undefined);
add('symbol', () => Symbol('s'));
add('boolean', () => false);
add('error prototype', () => Object.create(Error.prototype));
add('own stack, no Error', () => ({ stack: 'fake stack', message: 'm' }));
add('inherited stack', () => Object.create({ stack: 'inherited' }));
add('error without stack', () => { const e = new RangeError('x'); delete e.stack; return e; });
add('error with name getter', () => {
  const e = new Error('quiet');
  delete e.stack;
  Object.defineProperty(e, 'name', { get() { ran++; return 'Loud'; } });
  return e;
});
add('error with empty name', () => { const e = new Error('only message'); delete e.stack; e.name = ''; return e; });
add('error subclass', () => { class MyError extends Error {} return new MyError('sub'); });
add('function', () => function f(a, b) { return a + b; });
add('long function', () => function long() { return 'a very long function body that goes on and on'.repeat(3) + 'and still more text'; });
add('arrow', () => (x) => x * 2);
add('class', () => class Foo {});
add('map', () => new Map([[1, 2]]));
add('set', () => new Set([1]));
add('date', () => new Date(0));
add('regexp', () => /re/g);
add('promise', () => Promise.resolve(1));
add('null prototype', () => Object.create(null));
add('own toString', () => ({ toString() { ran++; return 'custom'; } }));
add('class instance', () => new (class Foo {})());
add('anonymous class instance', () => new (class {})());
add('tag and own toString', () => ({ [Symbol.toStringTag]: 'Tagged', toString() { ran++; return 'x'; } }));
add('tag getter', () => ({ get [Symbol.toStringTag]() { ran++; return 'Getter'; }, toString: null }));
add('constructor getter', () => ({ get constructor() { ran++; return Map; } }));
add('proxy', () => new Proxy({}, { get() { ran++; return undefined; }, getOwnPropertyDescriptor() { ran++; return undefined; } }));
add('boxed number', () => new Number(3));
add('typed array', () => new Uint8Array(2));
add('arguments', () => (function () { return arguments; })(1));

process.on('uncaughtException', (err, origin) => {
  const [label, , reason] = reasons[index];
  if (err === reason) {
    console.log(label, '->', origin, 'the reason itself');
  } else {
    console.log(label, '->', origin, err.code, err.name, err instanceof Error);
    console.log('  ', err.message.slice(err.message.indexOf('reason')));
    console.log('  ', err.stack.split('\n')[0] === `${err.name}: ${err.message}`);
  }
  next();
});

let index = -1;
function next() {
  index++;
  if (index === reasons.length) {
    console.log('script code run while reporting:', ran);
    return;
  }
  const entry = reasons[index];
  entry[2] = entry[1]();
  Promise.reject(entry[2]);
}
next();
