'use strict';
// escapeCodeTimeout defaults to 500 and must be a finite number; node's
// error names the option as a property of input and shows the default.
const readline = require('readline');
const { PassThrough } = require('stream');

const make = (extra) => readline.createInterface({ input: new PassThrough(), output: new PassThrough(), ...extra });
const d = make({});
console.log('default', d.escapeCodeTimeout);
d.close();
for (const v of [0, 25.5, -3, 1e9]) {
  const rl = make({ escapeCodeTimeout: v });
  console.log('accepted', v, rl.escapeCodeTimeout);
  rl.close();
}
for (const v of [null, '50', NaN, Infinity, {}, [10]]) {
  try {
    make({ escapeCodeTimeout: v }).close();
    console.log('accepted', v);
  } catch (e) {
    console.log(String(v), e.name, e.code, e.message);
  }
}
